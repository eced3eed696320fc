namespace NewsBrief.Bench.Generate;

/// <summary>A pair of parallel texts: Indonesian and English.</summary>
internal readonly record struct Bi(string Id, string En);

/// <summary>A money role: label, plausible magnitude (powers of ten) and sentences using {f}.</summary>
internal sealed record MoneyRole(string Name, Bi Label, int MinExp, int MaxExp, Bi[] Sentences);

/// <summary>A counted role: label, unit key from locales/*.yml, range and sentences using {f}.</summary>
internal sealed record CountRole(string Name, Bi Label, string Unit, long Min, long Max, Bi[] Sentences);

/// <summary>A sector: name in prose, name in a title-case English headline, slug word, tag.</summary>
internal sealed record Sector(Bi Name, string EnTitle, string Slug, string Tag);

/// <summary>Word pools for the synthetic stories. Placeholders: {E} entity, {S} sector, {C} city,
/// {R} province, {P} person, {M} ministry, {f} the figure's name, {d} the completion period's name.
/// No text may state a quantity in words or digits ("three years", "10 banks"): `newsbrief check
/// --strict` reads it as a figure written literally (NB7001). Quantities are figures, written {f}.</summary>
internal static class Pools
{
    public static readonly string[] Entities =
    [
        "PT Nusantara Daya", "PT Garuda Semikonduktor", "PT Sinar Baja Tbk", "PT Mitra Energi Hijau",
        "PT Bumi Nikel Sejahtera", "PT Samudra Logistik", "PT Cakra Digital Tbk", "PT Merapi Pangan",
        "PT Kalimantan Sawit Lestari", "PT Jawa Data Center", "PT Bintang Telekomunikasi", "Archipelago Ventures",
        "PT Sumatra Karet", "PT Toba Tirta", "PT Borneo Mineral Tbk", "PT Flores Wisata", "Danantara",
        "PT Rajawali Baterai", "PT Lintas Rel Nusantara", "PT Halmahera Smelter",
    ];

    public static readonly Sector[] Sectors =
    [
        new(new("smelter nikel", "nickel smelter"), "Nickel Smelter", "nickel-smelter", "nickel"),
        new(new("pembangkit listrik tenaga surya", "solar power plant"), "Solar Plant", "solar-plant", "energy"),
        new(new("pusat data", "data center"), "Data Center", "data-center", "digital"),
        new(new("pabrik baterai kendaraan listrik", "electric-vehicle battery plant"), "EV Battery Plant", "ev-battery", "ev"),
        new(new("impor beras", "rice import"), "Rice Imports", "rice-imports", "food"),
        new(new("jalan tol", "toll road"), "Toll Road", "toll-road", "infrastructure"),
        new(new("ekspor minyak sawit", "palm oil export"), "Palm Oil Exports", "palm-oil", "commodities"),
        new(new("klaster chip AI", "AI chip cluster"), "AI Chips", "ai-chips", "ai"),
        new(new("pendanaan startup", "startup funding"), "Startup Funding", "startup-funding", "startups"),
        new(new("pelabuhan peti kemas", "container port"), "Container Port", "container-port", "logistics"),
        new(new("jaringan 5G", "5G network"), "5G Network", "5g-network", "telecom"),
        new(new("kereta cepat", "high-speed rail"), "High-Speed Rail", "high-speed-rail", "transport"),
    ];

    public static readonly (string City, Bi Province)[] Places =
    [
        ("Jakarta", new("DKI Jakarta", "Jakarta")), ("Surabaya", new("Jawa Timur", "East Java")),
        ("Morowali", new("Sulawesi Tengah", "Central Sulawesi")), ("Batam", new("Kepulauan Riau", "Riau Islands")),
        ("Balikpapan", new("Kalimantan Timur", "East Kalimantan")), ("Medan", new("Sumatra Utara", "North Sumatra")),
        ("Makassar", new("Sulawesi Selatan", "South Sulawesi")), ("Kupang", new("Nusa Tenggara Timur", "East Nusa Tenggara")),
        ("Semarang", new("Jawa Tengah", "Central Java")), ("Bandung", new("Jawa Barat", "West Java")),
        ("Jayapura", new("Papua", "Papua")), ("Denpasar", new("Bali", "Bali")), ("Weda", new("Maluku Utara", "North Maluku")),
    ];

    public static readonly string[] People =
    [
        "Budi Santoso", "Siti Rahmawati", "Andi Wijaya", "Dewi Lestari", "Rizky Pratama", "Maya Sari",
        "Hendra Gunawan", "Putri Anggraini", "Agus Salim", "Rina Kusuma", "Yohanes Tanoto", "Fitri Handayani",
    ];

    public static readonly Bi[] Ministries =
    [
        new("Energi dan Sumber Daya Mineral", "Energy and Mineral Resources"), new("Keuangan", "Finance"),
        new("Perindustrian", "Industry"), new("Perdagangan", "Trade"), new("Komunikasi dan Digital", "Communication and Digital Affairs"),
        new("Pekerjaan Umum", "Public Works"), new("Pertanian", "Agriculture"), new("Perhubungan", "Transportation"),
    ];

    public static readonly string[] SourceNames =
    [
        "Antara", "Kompas", "Bisnis Indonesia", "Tempo", "Kontan", "The Jakarta Post", "CNBC Indonesia", "Katadata", "Reuters",
    ];

    public static readonly string[] Qualifiers = ["about", "more_than", "less_than", "nearly", "up_to", "at_least"];

    public static readonly MoneyRole[] Money =
    [
        new("investment", new("Nilai investasi", "Investment"), 9, 13,
        [
            new("Total investasi untuk proyek itu mencapai {f}.", "Total investment in the project reached {f}."),
            new("{E} menyiapkan investasi {f} hingga proyek beroperasi penuh.", "{E} has set aside {f} until the project is fully operational."),
        ]),
        new("revenue", new("Pendapatan tahunan", "Annual revenue"), 8, 13,
        [
            new("Pendapatan {E} tahun lalu tercatat {f}.", "{E} reported revenue of {f} last year."),
            new("Perusahaan membukukan pendapatan {f} dari lini usaha itu.", "The company booked {f} in revenue from the business."),
        ]),
        new("net_profit", new("Laba bersih", "Net profit"), 7, 12,
        [
            new("Laba bersih perusahaan naik menjadi {f}.", "Net profit rose to {f}."),
            new("{E} mencatat laba bersih {f} pada periode yang sama.", "{E} posted a net profit of {f} in the same period."),
        ]),
        new("loan", new("Pinjaman sindikasi", "Syndicated loan"), 8, 12,
        [
            new("Proyek itu dibiayai pinjaman sindikasi senilai {f} dari sejumlah bank.", "The project is financed by a syndicated loan of {f} from several banks."),
        ]),
        new("budget", new("Anggaran daerah", "Regional budget"), 9, 13,
        [
            new("Pemerintah provinsi {R} mengalokasikan {f} dari anggaran daerah.", "The {R} provincial government allocated {f} from its budget."),
        ]),
        new("exports", new("Nilai ekspor", "Export value"), 8, 13,
        [
            new("Nilai ekspor dari kawasan itu mencapai {f} sepanjang tahun.", "Exports from the area were worth {f} over the year."),
        ]),
        new("subsidy", new("Subsidi pemerintah", "Government subsidy"), 9, 13,
        [
            new("Kementerian {M} menyiapkan subsidi {f} untuk program tersebut.", "The Ministry of {M} has earmarked a subsidy of {f} for the program."),
        ]),
        new("fine", new("Denda", "Fine"), 6, 11,
        [
            new("Regulator menjatuhkan denda {f} kepada {E} karena keterlambatan laporan.", "Regulators fined {E} {f} for filing its reports late."),
        ]),
        new("market_value", new("Nilai pasar", "Market value"), 10, 13,
        [
            new("Nilai pasar {E} kini mencapai {f} setelah saham naik.", "{E}'s market value now stands at {f} after its shares rose."),
        ]),
        new("funding", new("Pendanaan awal", "Seed funding"), 5, 9,
        [
            new("Perusahaan rintisan itu sebelumnya meraih pendanaan awal {f}.", "The startup previously raised {f} in seed funding."),
        ]),
        new("monthly_wage", new("Upah bulanan rata-rata", "Average monthly wage"), 2, 7,
        [
            new("Upah rata-rata pekerja di lokasi proyek sebesar {f} per bulan.", "The average wage at the site is {f} a month."),
        ]),
        new("ticket_price", new("Harga tiket", "Ticket price"), 2, 6,
        [
            new("Harga tiket untuk penumpang ditetapkan {f}.", "Fares for passengers have been set at {f}."),
        ]),
        new("fee", new("Biaya layanan per transaksi", "Fee per transaction"), 2, 5,
        [
            new("Pengguna dikenai biaya layanan {f} untuk setiap transaksi.", "Users pay a fee of {f} per transaction."),
        ]),
    ];

    public static readonly CountRole[] Counts =
    [
        new("workers", new("Jumlah pekerja", "Workers"), "person", 40, 60000,
        [
            new("Proyek itu menyerap {f}, sebagian besar dari {C}.", "The project employs {f}, most of them from {C}."),
        ]),
        new("capacity", new("Kapasitas produksi per tahun", "Annual capacity"), "ton", 1000, 5000000,
        [
            new("Kapasitas produksinya dirancang {f} per tahun.", "It is designed to produce {f} a year."),
        ]),
        new("chips", new("Jumlah chip", "Chips"), "chip", 8, 100000,
        [
            new("Klaster itu memakai {f} buatan luar negeri.", "The cluster runs on {f} made abroad."),
        ]),
        new("hours", new("Waktu uji", "Test time"), "hour", 2, 5000,
        [
            new("Pengujian sistem berlangsung selama {f}.", "System tests ran for {f}."),
        ]),
        new("units", new("Unit terjual", "Units sold"), "unit", 1, 200000,
        [
            new("Sebanyak {f} telah terjual sejak peluncuran.", "A total of {f} have been sold since the launch."),
        ]),
        new("companies", new("Perusahaan peserta", "Participating companies"), "company", 2, 400,
        [
            new("Tender itu diikuti {f} dari dalam dan luar negeri.", "A total of {f} from Indonesia and abroad took part in the tender."),
        ]),
        new("countries", new("Negara tujuan ekspor", "Export destinations"), "country", 2, 60,
        [
            new("Produknya dikirim ke {f}.", "Its products are shipped to {f}."),
        ]),
        new("shares", new("Saham yang ditawarkan", "Shares offered"), "share", 100000, 900000000,
        [
            new("{E} menawarkan {f} kepada publik.", "{E} is offering {f} to the public."),
        ]),
        new("barrels", new("Produksi minyak per hari", "Daily oil output"), "barrel", 1000, 900000,
        [
            new("Lapangan itu menghasilkan {f} minyak per hari.", "The field produces {f} of oil a day."),
        ]),
        new("land", new("Luas lahan", "Land area"), "hectare", 10, 500000,
        [
            new("Proyek itu memakai lahan seluas {f}.", "The project covers {f}."),
        ]),
        new("trial_days", new("Masa uji coba", "Trial period"), "day", 1, 365,
        [
            new("Uji coba operasi dijadwalkan selama {f}.", "A trial run is scheduled to last {f}."),
        ]),
        new("road_length", new("Panjang jalur", "Route length"), "kilometer", 1, 1500,
        [
            new("Jalur yang dibangun sepanjang {f}.", "The route will be {f} long."),
        ]),
    ];

    public static readonly Bi[] PercentSentences =
    [
        new("Pertumbuhan penjualan tercatat {f} dibanding tahun sebelumnya.", "Sales grew {f} from a year earlier."),
        new("Porsi komponen lokal ditargetkan {f}.", "The local-content share is set at {f}."),
    ];

    public static readonly Bi PercentLabel = new("Pertumbuhan", "Growth");

    public static readonly Bi[] Headlines =
    [
        new("{E} Siapkan {f} untuk {S} di {C}", "{E} Sets Aside {f} for {T} in {C}"),
        new("{E} Catat {f} dari Bisnis {S}", "{E} Books {f} From {T} Business"),
        new("Pemerintah Kucurkan {f} untuk {S} {C}", "Government Pours {f} Into {C} {T}"),
        new("Proyek {S} {E} Bernilai {f}", "{E}'s {T} Project Is Worth {f}"),
        new("{E} Incar {f} dari {S} Baru", "{E} Eyes {f} From New {T}"),
    ];

    /// <summary>
    /// The completion period a lede with {d} states. A figure like any other (count with a unit), not
    /// words in the text: `newsbrief check` flags a quantity written literally (NB7001).
    /// </summary>
    public static readonly CountRole Completion = new("completion", new("Target penyelesaian", "Time to completion"), "year", 2, 5, []);

    /// <summary>Ledes; {f} is the headline's figure, {d} (when present) <see cref="Completion"/>.</summary>
    public static readonly Bi[] Ledes =
    [
        new("{E} menyiapkan {f} untuk membangun {S} di {C}, {R}, menurut keterangan resmi perusahaan yang dirilis pekan ini.",
            "{E} has set aside {f} to build a {S} in {C}, {R}, the company said in a statement released this week."),
        new("Pemerintah dan {E} menyepakati proyek {S} senilai {f} di {C}, {R}, yang ditargetkan rampung dalam {d}.",
            "The government and {E} agreed on a {S} project worth {f} in {C}, {R}, which is due to be completed within {d}."),
        new("Bisnis {S} {E} menghasilkan {f}, angka yang menurut {P}, direktur keuangan perusahaan, melampaui target awal.",
            "{E}'s {S} business generated {f}, a figure that finance director {P} said beat the initial target."),
    ];

    public static readonly Bi[] Fillers =
    [
        new("{P}, juru bicara {E}, mengatakan perusahaan masih menunggu izin lingkungan dari pemerintah daerah.",
            "{P}, a spokesperson for {E}, said the company was still waiting for an environmental permit from the regional government."),
        new("Analis menilai proyek {S} di {C} akan menentukan arah investasi di sektor itu dalam beberapa tahun ke depan.",
            "Analysts say the {S} project in {C} will set the direction of investment in the sector for years to come."),
        new("Kementerian {M} menyatakan akan memantau pelaksanaan proyek tersebut secara berkala.",
            "The Ministry of {M} said it would monitor the project regularly."),
        new("Warga sekitar {C} berharap proyek itu membuka lapangan kerja baru bagi penduduk setempat.",
            "Residents around {C} hope the project will create new jobs for local people."),
        new("{E} belum menjelaskan sumber pendanaan untuk tahap kedua proyek.",
            "{E} has not said how it will fund the second phase of the project."),
        new("Sejumlah ekonom mengingatkan risiko pelemahan rupiah terhadap biaya impor bahan baku.",
            "Several economists warned that a weaker rupiah could raise the cost of imported raw materials."),
        new("Dewan Perwakilan Rakyat meminta pemerintah membuka dokumen kontrak kepada publik.",
            "The House of Representatives asked the government to make the contract documents public."),
        new("Menurut {P}, target penyelesaian proyek tidak berubah meski ada hambatan cuaca.",
            "According to {P}, the completion target has not changed despite delays caused by the weather."),
        new("Organisasi lingkungan di {C} meminta kajian dampak yang lebih terbuka sebelum pembangunan dilanjutkan.",
            "Environmental groups in {C} called for a more transparent impact assessment before construction continues."),
        new("Saham {E} naik tipis di Bursa Efek Indonesia setelah pengumuman itu.",
            "Shares in {E} edged higher on the Indonesia Stock Exchange after the announcement."),
        new("Bank Indonesia memperkirakan permintaan di sektor {S} tetap kuat hingga akhir tahun.",
            "Bank Indonesia expects demand in the {S} sector to stay strong through the end of the year."),
        new("Pemerintah Provinsi {R} menyebut proyek itu sebagai prioritas daerah dan berjanji mempercepat perizinan.",
            "The {R} provincial government called the project a regional priority and promised faster permits."),
        new("Para pemasok lokal berharap mendapat porsi lebih besar dalam rantai pasok proyek tersebut.",
            "Local suppliers hope to win a bigger share of the project's supply chain."),
        new("{E} menyatakan akan melaporkan kemajuan proyek dalam laporan keuangan berikutnya.",
            "{E} said it would report on the project's progress in its next financial statement."),
        new("Serikat pekerja meminta jaminan keselamatan kerja di lokasi proyek dan upah yang layak.",
            "Labor unions demanded safety guarantees at the site and fair wages."),
        new("Pengamat kebijakan publik menilai pengawasan anggaran perlu diperketat agar proyek tidak molor.",
            "Public policy experts said budget oversight should be tightened so the project does not slip."),
        new("Kementerian {M} juga tengah menyiapkan aturan turunan untuk sektor {S}.",
            "The Ministry of {M} is also drafting implementing rules for the {S} sector."),
        new("{P} menambahkan bahwa perusahaan membuka peluang kerja sama dengan investor asing.",
            "{P} added that the company was open to partnerships with foreign investors."),
    ];

    public static readonly Bi[] Events =
    [
        new("{E} mengumumkan rencana {S} di {C}", "{E} announces plans for a {S} in {C}"),
        new("Pemerintah menerbitkan izin untuk proyek {S}", "The government issues a permit for the {S} project"),
        new("Peletakan batu pertama di {C}", "Groundbreaking in {C}"),
        new("{E} menandatangani perjanjian pinjaman dengan sejumlah bank", "{E} signs a loan agreement with several banks"),
        new("DPR menyetujui anggaran proyek", "Parliament approves the project budget"),
        new("Uji coba tahap pertama dimulai", "First-phase trials begin"),
        new("{E} mencatatkan saham di Bursa Efek Indonesia", "{E} lists its shares on the Indonesia Stock Exchange"),
        new("Kementerian {M} merevisi aturan sektor {S}", "The Ministry of {M} revises the rules for the {S} sector"),
    ];
}
