/// One resolution preamble written in each of the six official languages, the same clauses and
/// citations in each (a resolution and two Security Council resolutions, a report, the Charter),
/// so that their scan speeds compare: the examples are English, French and Chinese only, and
/// Cyrillic and Arabic words take other paths through the scanner than Latin or CJK ones.
///
/// Written for this benchmark, in the UN's usual wording; each is dense in citing phrases, so
/// its figure is a floor, not a typical text's.
///
/// ```swift
/// let russian = LanguageSamples.preambles["ru"]!
/// ```
public enum LanguageSamples {
    /// The preamble in each language, by ISO 639-1 code, in the order the UN lists them.
    public static let preambles: KeyValuePairs<String, String> = [
        "ar": """
            إن الجمعية العامة،
            إذ تشير إلى قرارها 48/113 المؤرخ 20 كانون الأول/ديسمبر 1993 وجميع قراراتها اللاحقة المتعلقة بهذه المسألة، وإلى قراري مجلس الأمن 2231 (2015) و 2254 (2015)،
            وإذ تحيط علما بتقرير الأمين العام،
            وإذ تعيد تأكيد ميثاق الأمم المتحدة،
            1 - ترحب بالجهود التي تبذلها الدول الأعضاء من أجل تعزيز التعاون في مجال حقوق الإنسان؛
            """,
        "zh": """
            大会，
            回顾其1993年12月20日第48/113号决议以及关于这个问题的所有后续决议，并回顾安全理事会第2231(2015)和第2254(2015)号决议，
            注意到秘书长的报告，
            重申《联合国宪章》，
            1. 欢迎会员国为加强人权领域合作所作的努力；
            """,
        "en": """
            The General Assembly,
            Recalling its resolution 48/113 of 20 December 1993 and all its subsequent resolutions on this question, as well as Security Council resolutions 2231 (2015) and 2254 (2015),
            Taking note of the report of the Secretary-General,
            Reaffirming the Charter of the United Nations,
            1. Welcomes the efforts of Member States to strengthen cooperation in the field of human rights;
            """,
        "fr": """
            L’Assemblée générale,
            Rappelant sa résolution 48/113 du 20 décembre 1993 et toutes ses résolutions ultérieures sur la question, ainsi que les résolutions du Conseil de sécurité 2231 (2015) et 2254 (2015),
            Prenant note du rapport du Secrétaire général,
            Réaffirmant la Charte des Nations Unies,
            1. Se félicite des efforts faits par les États Membres pour renforcer la coopération dans le domaine des droits de l’homme ;
            """,
        "ru": """
            Генеральная Ассамблея,
            ссылаясь на свою резолюцию 48/113 от 20 декабря 1993 года и все свои последующие резолюции по этому вопросу, а также на резолюции Совета Безопасности 2231 (2015) и 2254 (2015),
            принимая к сведению доклад Генерального секретаря,
            вновь подтверждая Устав Организации Объединенных Наций,
            1. приветствует усилия государств-членов по укреплению сотрудничества в области прав человека;
            """,
        "es": """
            La Asamblea General,
            Recordando su resolución 48/113, de 20 de diciembre de 1993, y todas sus resoluciones posteriores sobre esta cuestión, así como las resoluciones del Consejo de Seguridad 2231 (2015) y 2254 (2015),
            Tomando nota del informe del Secretario General,
            Reafirmando la Carta de las Naciones Unidas,
            1. Acoge con beneplácito los esfuerzos de los Estados Miembros por fortalecer la cooperación en la esfera de los derechos humanos;
            """,
    ]
}
