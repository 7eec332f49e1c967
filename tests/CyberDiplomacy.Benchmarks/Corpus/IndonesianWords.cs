namespace CyberDiplomacy.Benchmarks.Corpus;

/// <summary>
/// Indonesian-looking vocabulary: a list of roots and the affixed forms the language builds from them
/// (ber-, me(N)-, pe(N)-…-an, ke-…-an, di-…-kan, per-…-an), with the nasal assimilation of me-/pe-.
/// </summary>
internal static class IndonesianWords
{
    /// <summary>Root and a rough English gloss (for the glossary's <c>en</c> field).</summary>
    public static readonly (string Root, string Gloss)[] Roots =
    [
        ("atur", "regulation"), ("bangun", "construction"), ("laku", "conduct"), ("jaga", "guard"), ("lindung", "protection"),
        ("serang", "attack"), ("tahan", "defence"), ("jaring", "network"), ("sandi", "cipher"), ("retas", "intrusion"),
        ("ancam", "threat"), ("kuasa", "authority"), ("putus", "decision"), ("runding", "negotiation"), ("sepakat", "agreement"),
        ("kelola", "governance"), ("awas", "oversight"), ("guna", "use"), ("ubah", "change"), ("tanggap", "response"),
        ("lapor", "report"), ("kembang", "development"), ("bina", "fostering"), ("ajar", "teaching"), ("teliti", "research"),
        ("pikir", "thought"), ("cipta", "creation"), ("kirim", "transmission"), ("terima", "acceptance"), ("simpan", "storage"),
        ("olah", "processing"), ("hubung", "relation"), ("ikat", "binding"), ("dukung", "support"), ("cegah", "prevention"),
        ("tindak", "action"), ("tangan", "handling"), ("selesai", "settlement"), ("percaya", "trust"), ("pulih", "recovery"),
        ("ukur", "measurement"), ("nilai", "assessment"), ("rencana", "planning"), ("latih", "training"), ("amat", "observation"),
        ("periksa", "inspection"), ("sebar", "dissemination"), ("himpun", "collection"), ("sedia", "provision"), ("pakai", "usage"),
        ("kaji", "review"), ("usul", "proposal"), ("tetap", "determination"), ("temu", "meeting"), ("baca", "reading"),
        ("tulis", "writing"), ("bentuk", "formation"), ("buka", "opening"), ("tutup", "closure"), ("pimpin", "leadership"),
        ("wakil", "representation"), ("perintah", "command"), ("undang", "invitation"), ("damai", "peace"), ("adil", "justice"),
        ("aman", "security"), ("tanggung", "responsibility"), ("rusak", "damage"), ("curi", "theft"), ("tipu", "fraud"),
        ("ganggu", "disruption"), ("sadap", "interception"), ("pantau", "monitoring"), ("lacak", "tracing"), ("saring", "filtering"),
        ("izin", "permission"), ("sah", "validity"), ("daulat", "sovereignty"), ("atas", "overcoming"), ("kuat", "strength"),
        ("luas", "expansion"), ("tingkat", "escalation"), ("kurang", "reduction"), ("samar", "obfuscation"), ("catat", "recording"),
        ("susun", "drafting"), ("bahas", "deliberation"), ("tukar", "exchange"), ("padu", "integration"), ("sambung", "connection"),
        ("jamin", "guarantee"), ("taat", "compliance"), ("larang", "prohibition"), ("hukum", "law"), ("tuntut", "prosecution"),
    ];

    public static readonly string[] Modifiers =
    [
        "siber", "digital", "nasional", "internasional", "regional", "global", "negara", "publik", "swasta", "militer",
        "sipil", "daring", "data", "informasi", "jaringan", "teknologi", "kawasan", "multilateral", "bilateral", "strategis",
    ];

    public static readonly string[] Function =
    [
        "yang", "dan", "dengan", "untuk", "dalam", "pada", "oleh", "bagi", "serta", "antara", "melalui", "terhadap", "tentang",
        "sebagai", "karena", "sehingga", "agar", "namun", "juga", "telah", "akan", "masih", "dapat", "harus", "belum",
    ];

    public static readonly string[] Subjects =
    [
        "negara", "pemerintah", "lembaga", "masyarakat", "organisasi", "kementerian", "mitra", "kawasan", "diplomat", "pakar",
    ];

    /// <summary>me(N)- with assimilation: kelola → mengelola, tahan → menahan, serang → menyerang, pakai → memakai.</summary>
    public static string Me(string root) => Nasal("me", root);

    /// <summary>pe(N)-…-an: kelola → pengelolaan, serang → penyerangan.</summary>
    public static string PeAn(string root) => Nasal("pe", root) + "an";

    public static string KeAn(string root) => "ke" + root + "an";

    public static string Ber(string root) => (root[0] == 'r' ? "be" : "ber") + root;

    public static string DiKan(string root) => "di" + root + "kan";

    public static string PerAn(string root) => (root[0] == 'r' ? "pe" : "per") + root + "an";

    public static string Ter(string root) => "ter" + root;

    public static string MeKan(string root) => Me(root) + "kan";

    private static string Nasal(string prefix, string root)
    {
        var first = root[0];
        return first switch
        {
            'a' or 'e' or 'i' or 'o' or 'u' or 'g' or 'h' => prefix + "ng" + root,
            'k' => prefix + "ng" + root[1..],
            't' => prefix + "n" + root[1..],
            'd' or 'c' or 'j' => prefix + "n" + root,
            's' => prefix + "ny" + root[1..],
            'p' => prefix + "m" + root[1..],
            'b' or 'f' => prefix + "m" + root,
            _ => prefix + root,
        };
    }
}
