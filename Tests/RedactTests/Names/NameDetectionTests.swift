import Testing
@testable import Redact

/// Sentences written for these tests (news prose, transcripts, court text) with the expected
/// finds marked `[[text|LABEL]]`; every other word must pass through. Hard negatives are the
/// sentences with capitals and no marks. The engine runs the default rule set.
enum NameCases {
    static let engine: RedactionEngine = {
        try! RedactionEngine(configuration: RedactionConfiguration(
            operators: OperatorTable(defaultOperator: .tag), key: try! RedactionKey(bytes: Array(repeating: 7, count: 32))))
    }()

    static let nameLabels: Set<String> = ["PERSON", "LOCATION", "ORGANIZATION", "ADDRESS"]

    /// The text without marks, and the marked (text, label) pairs in order.
    static func parse(_ marked: String) -> (text: String, expected: [String]) {
        var text = ""
        var expected: [String] = []
        var rest = Substring(marked)
        while let open = rest.range(of: "[[") {
            text += rest[..<open.lowerBound]
            guard let close = rest.range(of: "]]", range: open.upperBound..<rest.endIndex) else { break }
            let inner = rest[open.upperBound..<close.lowerBound]
            let parts = inner.split(separator: "|", maxSplits: 1)
            text += parts[0]
            expected.append("\(parts[0])|\(parts.count > 1 ? String(parts[1]) : "PERSON")")
            rest = rest[close.upperBound...]
        }
        text += rest
        return (text, expected)
    }

    /// Checks that the name finds of the text of `marked` are exactly its marked spans.
    static func check(_ marked: String) {
        let (text, expected) = parse(marked)
        #expect(found(text) == expected, "\(text)")
    }

    static func found(_ text: String) -> [String] {
        engine.detect(text).filter { nameLabels.contains($0.label) }.map { "\($0.text)|\($0.label)" }
    }

    static let english = [
        // A nationality's word that sounds like a person's surname is no mention of that
        // person: it links only where a full name of the text ends in it (`Dorin Moldovan`).
        "Boxer [[Tom Koreen]] won the bout. Korean officials praised the result, and [[Koreen]] thanked them.",
        // A given name of the wider world's list as that list spells it, before a surname no
        // list holds, is a person's.
        "Transport minister [[Wolfgang Tarnsee]] announced the plan on Monday.",
        // Azerbaijani and Turkish endings say nothing of an English line's first word
        // (`Metropoli|tan`); insurers, letting agents and newspapers end in their kind.
        "[[Metropolitan Police Service|ORGANIZATION]] wrote to the family.",
        "If your insurer, [[Harrowgate Direct Insurance|ORGANIZATION]], asks for proof, call us.",
        "The [[Corvale Ledger|ORGANIZATION]] ran the story on Monday.",
        // A place's name goes on through its lower-case words (`upon`, `-on-`).
        "A man from [[Stockton-on-Tees|LOCATION]] was jailed.",
        "She moved to [[Newcastle upon Tyne|LOCATION]] last year.",
        // A caption's `v.` parts its two sides: two people, neither holding `v.`
        "[[Smith]] v. [[Jones]] was decided in May.",
        // A scheme named like a body is none, whichever pass reads it.
        "Her National Insurance number is on the letter.",
        // Solicitors', consultants' and projects' names end in their kind of body.
        "Counsel: [[Fenwick Rowe Solicitors|ORGANIZATION]] and the [[Brightwater Immigrant Defense Project|ORGANIZATION]] replied.",
        // `U.S.` is the country, kept, though the word ends before its last dot (the build
        // before this read `U.S. Treasury` and `U.S. Open` as people, `U.S.` as a town);
        // `Treasury` after a name is an organization's head word.
        "Officials of the U.S. Treasury met U.S. troops at the U.S. Open, said the [[Norvale Treasury|ORGANIZATION]].",
        // A small town of the wider world after a given name that a title reaches is the
        // surname, and links the surname alone (the build before this read `Floirac` as the
        // French town, twice).
        "Defence Minister [[Volker Floirac]] will visit [[Leeds|LOCATION]]. [[Floirac]] planned to stay.",
        // A country's name of several words is kept whole, as a country of one word is (the
        // build before this read `South`, `Sri` and `Lanka` as towns, and `Costa Rica` as one).
        "He flew from South Africa to Sri Lanka, then on to Costa Rica and the United States.",
        // A given name in capitals inside a sentence in lower case is the name; a word mostly
        // stressed so (`names.stressed-words`) is not.
        // An English possessive after a name parts two names (the build before this read
        // `Moscow's Central Clinical Hospital` as one hospital, and the city's stand-in there
        // differed from the city's alone); a place the lists know whole stays whole.
        "The minister is recovering in [[Moscow|LOCATION]]'s [[Central Clinical Hospital|ORGANIZATION]], his office said.",
        "He flew to [[Cox's Bazar|LOCATION]] on Monday.",
        // The possessor stays a name when nothing reads it alone (the split left `Everton`
        // visible once).
        "The striker went close for Scotland after [[Tarvinford]]'s [[Duncan Ferguson]] hit the post.",
        "and then [[JOHN]] spoke to us.",
        "we saw [[MARIA]] there",
        "I WILL not go and you WILL see.",
        // A nationality before a person's name is not his: and so not a person elsewhere.
        // The lists hold every country's English demonym (`nationalities.tsv`, countryinfo's):
        // the build before them took `Australian` into the name, then linked it alone as him.
        "It was a heavy defeat. Australian [[Tom Varnell]] took six wickets. Australian bonds fell.",
        "He faces second-seeded Australian [[Rodney Tarrel]] in the final. Australian fans cheered.",
        "The Canadian market closed early. Canadian bonds rose, and Israeli and Palestinian officials met.",
        // A nationality's word after a given name is the surname, and links the surname alone.
        "[[Dorin Moldovan]] scored twice. Later [[Moldovan]] said he was tired.",
        "The fight pits little-known Mexican [[Ariel Moreno]] against a champion. Mexican avocados sold well.",
        // An identifier's cue before its number is no name (the number is the pattern rules').
        "Case No: 2:23-cv-04512 was filed, and his NINO AB 12 34 56 C was given.",
        // A scorecard's initial and surname before `st` (stumped) stay a person.
        "[[D. Varnholt]] st [[J. Kellaway]] b [[Marsh]] 12",
        // A flat or apartment written before the house number is the address's.
        "Current address: [[Flat 4, 27 Corvane Road|ADDRESS]], [[Leeds|LOCATION]].",
        // A word no list holds, listed with places, is a place.
        "The floods hit [[Quarnby|LOCATION]], [[Derby|LOCATION]] and [[Leeds|LOCATION]] on Monday.",
        // A given name that is also a country, before a surname, is the person's; alone it is the country.
        "[[Jordan Henderson]] scored twice and [[Chad Morrow]] left for Jordan.",
        // A country or month with an English possessive stays a country or month, kept.
        "Envoys of India's and Brazil's governments met on Thursday's deadline.",
        // Names joined by ` & ` are one firm's; a country's name or two given names are not.
        "Shares of [[Dorvick & Pellmann|ORGANIZATION]] rose, and brokers at [[A.G. Tellwards & Sons|ORGANIZATION]] agreed.",
        "[[Trinidad|LOCATION]] & [[Tobago|LOCATION]] won; [[Elçin]] & [[Günel]] danced.",
        // A designator with a possessive is a designator (`Party's`), the possessive outside.
        "Leaders of the [[Yardley Party|ORGANIZATION]]'s council met. The [[Tarnow Liberation Army|ORGANIZATION]]'s fighters left.",
        // An abbreviated designator's full stop is its own; a firm's one name word alone, later,
        // is the firm (also before a possessive), but not a word the text writes in lower case.
        "Shares of [[Norvale Corp.|ORGANIZATION]] rose and [[Dorvale's Bancshares Inc.|ORGANIZATION]] fell. Brokers said [[Dorvale|ORGANIZATION]]'s loans were cheap.",
        "[[Harbour Holdings|ORGANIZATION]] said the harbour was closed. Harbour shares fell.",
        // A French designator in an English line takes no Turkic suffix: no `Press|e`.
        "The interview first ran in [[Die Presse|ORGANIZATION]] on Monday.",
        // A club's bracketed tag in a results table is part of its name.
        "Division B\n[[Velkor|ORGANIZATION]] 4 [[Harvik (BJ)|ORGANIZATION]] 0\n[[Dravec (V)|ORGANIZATION]] 0 [[Sutvin|ORGANIZATION]] 1",
        "[[Elchin Huseynov]] told reporters in [[Ganja|LOCATION]] that he had been followed.",
        "Mr. [[Huseynov]] said the officers took his phone.",
        "The court heard that [[Anna Kuznetsova]] met [[Rashad Aliyev]] twice in May.",
        "Police said on Monday that the Azerbaijani journalist was released.",
        "Yesterday the President spoke to the Ministry about the new law.",
        "Dr. [[Emma Clarke]] works at [[St Mary's Hospital|ORGANIZATION]] in [[Leeds|LOCATION]].",
        "She lives at [[14 Baker Street|ADDRESS]] with her sister.",
        "Officers from [[Yasamal Police Station|ORGANIZATION]] detained him.",
        "A man named [[Tural]] called the newsroom.",
        "I will hope for the best, said the mark on the wall.",
        "[[ELCHIN|PERSON]]: They came at night.",
        "[[MANCHESTER|LOCATION]]: Rain fell all day.\nIt rained in [[Manchester|LOCATION]] again.",
        "INTERVIEWER: When did it start?",
        "The [[Ministry of Internal Affairs|ORGANIZATION]] did not answer.",
        "Russian and Turkish officials met in Azerbaijan on Tuesday.",
        "Everyone uses WhatsApp and Telegram here.",
        "He studied at [[Baku State University|ORGANIZATION]] before joining [[Kura TV|ORGANIZATION]].",
        "They drove from [[Lankaran|LOCATION]] to the village of [[Qarvend|LOCATION]].",
        "The [[Baku Court of Appeal|ORGANIZATION]] upheld it, and the [[DTX|ORGANIZATION]] kept him.",
        "POLICE SAY NOTHING ABOUT THE CASE",
        // Hyphenated parts of a name are the name's: none is left visible.
        "The umpire gave [[Nadir-ul-Zamrani]] out, and [[Marie-Soline Vardet]] won in two sets.",
        "Scores: [[Ata-ur-Vandemir]] 21, [[Kolli Marsden]] 4.",
        // A standings table: one name a line, then only figures.
        "Standings:\n[[Korvello|ORGANIZATION]] 3 1 0 6 1 10\n[[Brandmoor|ORGANIZATION]] 3 0 1 13 10 9\nChapter 5 starts here.",
        // Clubs by their designators; a county of England named like a word.
        "[[Dunmore Rovers|ORGANIZATION]] beat [[Real Corvana|ORGANIZATION]] after rain in [[Slough|LOCATION]].",
        // A place word and a word no list holds, side by side, are one name.
        "7. [[Dorvalis Quesada]] (Cuba) 17.44",
        // `stated` is no inflected form of the place type `state` in an English line.
        "Yesterday [[Tural Quliyev]] stated that the talks had failed.",
        // A dateline and a capital abroad: towns of every country are in the lists.
        "[[BELGRADE|LOCATION]] 1996-08-30 / The talks in [[Islamabad|LOCATION]] ended on Friday.",
        // A place type written as part of the name is in its span.
        "Fishermen met on the shore of [[Kariba Lake|LOCATION]] on Sunday.",
        // Initials make the word after them a surname, even an ordinary word, at a line's start or after a comma.
        "Scorers: [[R. Thornby]] 15, [[N. Mason]] 113 and [[A.J. Okonkwo]] 40.",
        "The vote went to Plan B. Officials said nothing.",
        "Will Congress act before the vote?",
        // Name particles join a name's parts and belong to it before a surname.
        "The spokesman [[Lars van den Broek]] said nothing, and [[Tomas de Vries]] agreed.",
        // A line of results: each capitalized name followed by a number is a name.
        "[[Karvex|ORGANIZATION]] 6 [[Vantrop|ORGANIZATION]] 2, [[Oltani|ORGANIZATION]] 3 [[Zerbek|ORGANIZATION]] 1",
        "Chapter 5 begins with a prologue.",
        // A line of nothing but names and scores is a fixture: its names may be ordinary words.
        "Results:\n[[Anvil|ORGANIZATION]] 33 [[Beacon|ORGANIZATION]] 31\n[[Lanterns|ORGANIZATION]] 4 [[Crossvale|ORGANIZATION]] 2",
        "Section 2 covers costs and Part 3 covers staff.",
        // A standings row named by an ordinary word counts next to a row with an unlisted name.
        "Table:\n[[Vantrop|ORGANIZATION]] 4 3 1 0 7 4 10\n[[Orchard|ORGANIZATION]] 4 2 2 0 4 2 8",
        "Page 4 3 1\nTotal 12 9 6",
        // A name with its country in brackets, as results give it.
        "Women's discus: 1. [[Anna Lindqvist]] (Sweden) 65.12, 2. [[Marta Olenik]] (Poland) 64.80",
        "The Parliament (Sweden) voted on Tuesday.",
        // A Turkic case suffix is cut only where the stem's vowels allow it: no `Morgan|in` in English.
        "Mr. [[Morganin]] met Ms. [[Emilya]] in [[Colombo|LOCATION]].",
        // An English line is read with no Turkic suffix at all.
        "The panel said that [[Lucia Marini]] will speak with the press.",
        // An organization's name goes on through `of`, `for`, `and`, `in` when its first words hold a designator; a date or a town after it does not.
        "The [[Council for Trade and Development in Europe|ORGANIZATION]] postponed the vote.",
        "Wheat fell on the [[Norvale Board of Trade|ORGANIZATION]] on Monday.",
        "The [[Sumgait Court of Appeal|ORGANIZATION]] on Wednesday heard [[Nino Beridze]].",
        // A police rank before a name is a title (`DC`, `DS`, `DCI`), and a listed given name
        // right before a found surname is the person's, country or not (`Jordan`).
        "The officer in the case is DC [[Jordan Pike]] (the file says so); DS [[Emma Hale]] agreed.",
        // A court's designator of two words that ends in a street type is a court, a plural's
        // possessive before a designator is the body's word, and a day after `on` is when.
        "He appeared at [[Carnbrae Crown Court|ORGANIZATION]] on Monday; the order came from [[Tullerby Magistrates' Court|ORGANIZATION]].",
        "The [[Allied Workers' Union|ORGANIZATION]] met the [[Norvale Crown Court|ORGANIZATION]] on Wednesday.",
        // A place of several words is kept whole where one of them is an ordinary word.
        "[[SALT LAKE CITY|LOCATION]] 2026-01-12 / Prices rose in [[Salt Lake City|LOCATION]] and [[New Orleans|LOCATION]].",
        // An identifier's word in capitals names nothing, whatever name it spells (`Swift`, `Vin`).
        "Wire it to IBAN DE87 3705 0198 1046 2839 17, SWIFT COLSDE33, quoting the VIN; [[Vin Harlow]] paid.",
    ]

    static let azerbaijani = [
        // A designator with a case suffix ends the body's name inside a run of capitals: the
        // words after it are judged on their own (the run was read as no name, or a person).
        "Qərar [[Gəncə Apellyasiya Məhkəməsi|ORGANIZATION]]nin Mülki Kollegiyası tərəfindən verildi.",
        "Bu material [[Şəki Şəhər Baş Polis İdarəsi|ORGANIZATION]]ndə Cinayət Məcəlləsi üzrə araşdırılır.",
        // `və` joins the words of a body's name before its designator.
        "Sənəd dünən [[Mütəşəkkil Cinayətkarlıq və Narkotik İdarəsi|ORGANIZATION]]nə göndərildi.",
        // Not after a body's name that ends in its designator: two bodies listed.
        "Layihə [[Dövlət Tarvel Universiteti|ORGANIZATION]]nin və [[Norvik Akademiyası|ORGANIZATION]]nın birgə işidir.",
        // So do the postpositions such names hold (`üzrə`, `qarşı`); not after a country.
        "Sənəd [[Torpaq Məsələləri üzrə Dövlət Komitəsi|ORGANIZATION]]nə göndərildi.",
        "Biz dünən [[Saxtakarlığa qarşı Mübarizə İdarəsi|ORGANIZATION]]nə yazdıq.",
        "Onlar Ermənistana qarşı [[Müdafiə Nazirliyi|ORGANIZATION]] ilə danışdı.",
        // A town and its word before a body of it are the body's name.
        "Vəsatət [[Şəki şəhəri Dorvel Rayon Məhkəməsi|ORGANIZATION]]nə göndərilsin.",
        // A title with a possessive suffix after a body in the genitive: the body, the title
        // kept, the person (the build before this read `Universitetinin Rektoru Elçin Babayev`
        // as one person).
        "Tələbələr [[Tarvin Dövlət Universiteti|ORGANIZATION]]nin Rektoru [[Elçin Babayev]]lə görüşdü.",
        // A form's field label the lexicon has seen in lower case is no speaker.
        "Kirayəçi: [[Rəşid Məmmədov]], ev sahibi ilə görüşdü.\nDiaqnoz: qrip, müalicə evdə.",
        // A court's operative words and a form's role words before a colon are no speaker.
        "QƏRARA ALDI: şikayət təmin edilməsin.\nMüştəri: [[Vüqar Tarverdiyev]], 33 yaş.\nİddiaçı: [[Kamilə Tarverdiyeva]]",
        // A form's field labels before a colon are no speakers.
        "Göndərən: [[Elnur Qasımov]]",
        "Məbləğ: 250 manat",
        // A capitalized place type ends a place's name, its ordinary words included; a form of
        // state after ordinary words alone is no name.
        "Onun ailəsi [[Quba|LOCATION]] rayonunun [[Yaşıl Qəsəbəsindən|LOCATION]] idi. Ölkə 1946-da Xalq Respublikası oldu.",
        // The items of a list before `kimi` and a place type in the plural are places, also
        // those read as people alone.
        "Ölkənin [[Drevan|LOCATION]], [[Kolvira|LOCATION]], [[Vyesta|LOCATION]] və [[Semalo|LOCATION]] kimi çayları var.",
        // A place found once is found with its case suffixes elsewhere (the stem, as the lists'
        // places are), where the analysis takes no suffix off an unknown word.
        "O, uzun illər [[Tarvislan|LOCATION]] şəhərində yaşadı. Sonra ailəsi [[Tarvislan|LOCATION]]dan köçdü, amma [[Tarvislan|LOCATION]]ı unutmadı.",
        // A street named after a person, with initials and a house number, is the street.
        "O, [[Şəki|LOCATION]] şəhəri, [[M. Ə. Tarvizadə küçəsi 41|ADDRESS]] ünvanında yaşayır.",
        // A place's waters, vicinity or territory after a word no list holds: a place.
        "Onlar əvvəlcə [[Tarvenlend|LOCATION]] sularında ov edirdilər.",
        // An ordinary word capitalized before a natural place's type names the place (the type
        // outside, as after a listed place); a channel is no canal.
        "Bu il gəmilər [[Şimal|LOCATION]] dənizində və [[Qara|LOCATION]] dənizdə üzürdü. Xəbərlər Telegram kanalında yayılır.",
        // The locative suffixes with a dotless ı (`-dakı`) after a back-vowel stem, as after a front one.
        "Atası uzun illər [[Qarvanı|LOCATION]]dakı mədənlərdə, anası [[Varnelka|LOCATION]]dakı məktəbdə çalışıb.",
        // A capitalized word no list holds, inside a sentence, with a locative suffix is a place;
        // a noun with a possessive before the suffix is not.
        "Bir neçə həftə ərzində [[Varnelka|LOCATION]]da düşərgə açıldı, onlar [[Surtavi|LOCATION]]dəki bazada idilər, Tərkibində dəyişiklik yox idi.",
        // A country with a case suffix is the country, kept; a month with one is a month.
        "Kanadanın paytaxtı böyükdür, Almaniyada isə qış soyuqdur.",
        "Hökumət istefa verdi. İyunda ümumi tətil başladı.",
        // An organization's designator with a suffix, and a Roman numeral after it that is no
        // part of the name.
        "[[Yaşıl Vadi Partiyası|ORGANIZATION]]nın VII qurultayı keçirildi.",
        // A word with a case suffix before a place is no name with it (`Katibi|ni Bakıda`).
        "Dünən [[Rəşad Babayev]] Baş Katibini [[Bakı|LOCATION]]da qəbul etdi.",
        "[[Elçin Hüseynov]] dünən [[Gəncə|LOCATION]]də idi.",
        // The capitalized ordinary word that opens a sentence is not part of the name after it.
        "Redaktorum [[Cəlal Əsgərov]] məqaləni oxudu.",
        "Qərardan [[Şəki Apellyasiya Məhkəməsi|ORGANIZATION]]nə şikayət verilə bilər.",
        // A lower-case place type stays outside the span; towns abroad are found.
        "Dünən gəmi [[Xəzər|LOCATION]] dənizində batdı, heyət [[Brüssel|LOCATION]]ə qayıtdı.",
        // A town abroad in the language's own spelling, inside a sentence, is found by its sound.
        "Mükafatlandırma mərasimi [[Praqa|LOCATION]] şəhərində keçirilib.",
        // An English ordinary word is a name in Azerbaijani text (`Pier`, `Pan`).
        "Keçmiş yepiskop [[Pier Zaqorin]] kilsəyə qayıtdı və müəllim [[Pan Dəmirov]] onu qarşıladı.",
        "[[Elçin]]in atası [[Şəki|LOCATION]]dən gəlib.",
        "Dünən sədr [[Floirac]] ilə görüşdük.",
        // A given name before a form of state names the state (`Roma`; the build before this
        // read the three words as a woman, `Aytən Leyla Nəsirova`).
        "Kral həmin ərazilərdə [[Müqəddəs Roma İmperiyasının|LOCATION]] əsasını qoydu.",
        // A word both an ordinary word's case form and a listed place's (`romanın`: a novel's;
        // Rome's) is the place inside a sentence and the word at a sentence's start.
        "395-ci ildə [[Roma|LOCATION]]nın tənəzzülündən sonra tayfalar köçdü. Romanın qəhrəmanı kəndə qayıtdı.",
        // A listed town and a case suffix, though the whole word sounds like a listed name.
        "Keçən il biz ailəmizlə birlikdə yay tətilində [[Şəki|LOCATION]]də idik.",
        "[[Hüseynov]] bəy məhkəməyə gəlmədi.",
        "[[Günel Məmmədova]] [[Bakı|LOCATION]]da yaşayır.",
        "Polis dünən axşam jurnalisti saxladı.",
        "Yanvar ayında Prezident yeni qanunu imzaladı.",
        "[[Elçin Rəşid oğlu Hüseynov]] təqsirli bilinib.",
        "Onun ünvanı [[Nizami küçəsi 25|ADDRESS]] idi.",
        "[[Yasamal Rayon Polis İdarəsi|ORGANIZATION]] məlumat vermədi.",
        // Prosecutors' offices, executive authorities and the road police are bodies too.
        "Cinayət işi [[Sumqayıt Şəhər Prokurorluğu|ORGANIZATION]] tərəfindən aparılır; [[Astara Rayon İcra Hakimiyyəti|ORGANIZATION]]nin müdiri gəlmədi.",
        "[[RƏŞAD|PERSON]]: Məni gecə apardılar.",
        "Jurnalist: Bu nə vaxt oldu?",
        "Azərbaycan və Rusiya arasında danışıqlar davam edir.",
        "«[[Azad Söz|ORGANIZATION]]» qəzeti bağlanıb.",
        "MÜSAHİBƏÇİ: Sizi nə vaxt buraxdılar?",
        "Pulu bu hesaba köçürdülər.",
        "[[Bakı Dövlət Universiteti|ORGANIZATION]]nin tələbəsi [[Qusar|LOCATION]] rayonunun [[Həzrə|LOCATION]] kəndində yaşayır.",
        // A field's label before a figure is no speaker; a given name stays one.
        "Komissiya: 0.50 AZN\nEtibarlıdır: 14.01.2025-dək",
        "[[Alan]]: 1990-cı ildə biz [[Bakı|LOCATION]]da idik.",
    ]

    static let russian = [
        // An office's holder before initials and a surname is a title (`Уполномоченный`,
        // `Нотариус`), not a place read with the initials.
        "С уважением, Уполномоченный [[Л.А. Тарвинцева]]. Нотариус [[Петрова А.В.]] удостоверила.",
        // A patronymic makes a person of the words before it, even after a country's name.
        "Гражданину Республики Узбекистан [[Тохирову Шерзоду Бахтияровичу]] сообщаем.",
        "Гражданин Кыргызстана [[Абдыкадыров Нурлан Асанович]] задержан, [[Иван Петрович Сидоров]] тоже.",
        // The everyday short form of a given name (`given-names-hypocoristic.tsv`) is a given
        // name, at a chat line's start too.
        "[[Лена Гришина]] (@lena_g), 19:02: Привет!\n[[Дима]], 19:05: Скинь адрес.",
        // A region's adjective before its abbreviated type is a place, whatever surname it
        // sounds like; `Респ.` is the type, no place of its own.
        "Адрес: [[Московская обл|LOCATION]]., г. [[Тарвинск|LOCATION]]; Респ. [[Дагестан|LOCATION]].",
        // A state institution's legal form (`ФКУ`) names no one, as `ООО` does; the number of a
        // jail or colony says which one (`org.number.ru.hyphen`).
        "Его перевели в ФКУ СИЗО-[[1|ORGANIZATION]] [[ГУФСИН России по Тарвинской области|ORGANIZATION]], затем в ФКУ ИК-[[12|ORGANIZATION]].",
        // A place type before a full name names the place before it, not the person (`района`
        // made `Александр Тарвелов` a place); lower-case adjectives that agree with a
        // capitalized one belong to its name with the noun (`Советскому` was read as a
        // surname alone).
        "Глава [[Тарвинского района|LOCATION]] [[Александр Тарвелов]] заявил о планах.",
        "Жалобу рассмотрел судья по [[Советскому судебному району|LOCATION]] [[Тарвинска|LOCATION]].",
        // Initials after a surname are the person's, though a town of the wider world is
        // spelled so; a legal form in capitals before a quoted name is the name's, no place.
        "Секретарь [[Тарвелова А.И.]] сообщила о переносе.",
        "Суд рассмотрел иск [[ПАО «Тарвинский кредитный банк»|ORGANIZATION]] о взыскании.",
        // A polite pronoun in capitals and an act of law are no names (`Ваше` is a town of the
        // wider world's list; `Федерального закона` was read as a body).
        "Сообщаем, что на Ваше имя открыт счёт согласно ст. 9 Федерального закона № 161-ФЗ.",
        // A given name of the wider world's list (`given-names-world-gfdl.tsv`), written in
        // Cyrillic letters, opens a person's name with a surname no list holds, in every case
        // (the build before it read it as a place, by the model alone).
        "Министр транспорта Германии [[Вольфганг Тарензее]] объявил о плане. [[Тарензее]] отметил, что план готов.",
        // The penal and bailiff services' short names are heads; `по г.` takes the town.
        "Жалобу направили в [[УФСИН России по г. Тарвинску|ORGANIZATION]] и в [[ГУФССП России по Тарвинской области|ORGANIZATION]].",
        // Investigative bodies' heads in capitals (`org.caps-heads`); a preposition again only
        // after another head; a town after a district's part; the district's adjective before
        // a head in capitals; a surname before initials ends the body's name.
        "Следователь [[СО по Тарвинскому району СУ СК России по Тарвинской области|ORGANIZATION]] [[Тарвелова Е.Р.]] возбудила дело.",
        "Ходатайство следователя [[ГСУ СК России по г. Тарвинску|ORGANIZATION]] по уголовному делу удовлетворено.",
        "Следователь [[СО по Тарвинскому округу г. Тарвинск СУ СК России по Тарвинскому краю|ORGANIZATION]] составил протокол.",
        "Иск поступил в [[Тарвинский ОСП ГУФССП России по г. Тарвинску|ORGANIZATION]] в мае. Со слов потерпевшего, он ушёл.",
        // A body's head in capitals after another head does not open a firm (`МВД`).
        "Материал проверки [[Управления МВД России по г. Тарвинску|ORGANIZATION]] рассмотрен.",
        "Ответ дала [[Прокуратура Тарвинского района г. Тарвинска|ORGANIZATION]] в марте.",
        // A hyphenated town after `г.` is one town (`г. Санкт` took half); a capitalized
        // adjective before a body's head is its name's.
        "Решение принял [[ОМВД России по Тарвинскому району г. Санкт-Тарвинска|ORGANIZATION]] в мае.",
        "Жалобу направили в [[УФСИН России по г. Санкт-Тарвинску|ORGANIZATION]] в мае.",
        "Со ссылкой на определение [[Тарвинского Суда РФ|ORGANIZATION]] иск отклонён.",
        // A common word opening a sentence that is a name only as a case form (`Ранее`, a
        // dative of `Рана`) is the word, before a word that is no surname; before one it may
        // be the name (`Вере`). An acronym in a case form opens no person (`МИДа Сэйдзи`).
        "[[Юрген Клинсман]] приехал. Ранее [[Клинсман]] заявлял, что решение принято.",
        "[[Вере Петровой]] позвонили вчера.",
        "Глава [[японского МИДа|ORGANIZATION]] [[Сэйдзи Маэхара]] отметил это.",
        // An institution named by the number after №, and an organization with its number.
        "Мировой судья [[судебного участка № 29|ORGANIZATION]] вынес решение.",
        "Осенью его перевели в [[ИК № 5|ORGANIZATION]], а не в колонию-поселение.",
        "ГБУЗ СО «[[Самарская городская больница № 12|ORGANIZATION]]» сообщила.",
        "Исполнительный лист ФС № 041234567 выдан, часть 2 статьи 159 не применена.",
        // A body's short name in capitals before a person's name is the body's alone (the build
        // before this read `МВД Рамзана Тарвиева` as one organization).
        "Инаугурация генерал-майора [[МВД|ORGANIZATION]] [[Рамзана Тарвиева]] прошла вчера.",
        "Глава [[МВД|ORGANIZATION]] [[Рамзан Тарвиев]] выступил.",
        // After a title and a country, a word no list holds as a name and a small town of the
        // wider world are a given name and a surname, and the town alone after the title is the
        // surname (the build before this read `Тарвин` as one person and `Бумпе` as a town).
        "Потом президент США [[Тарвин Бумпе]] заявил об этом. Президент США [[Бумпе]] уехал.",
        // A word no list holds before a given name and a surname is the body the person speaks
        // for, not the first of three names (the build before this read `Тарвкосмоса Степан
        // Ворохов` as one person).
        "Представитель [[Тарвкосмоса|ORGANIZATION]] [[Степан Ворохов]] даёт объяснение.",
        "По словам главы [[Минтарвсвязи|ORGANIZATION]] [[Игоря Ладожцева]], решение принято.",
        // Particles of foreign names written in Cyrillic join them (`names.particles.ru`).
        "Выставка [[Леонардо да Варнелли]] открылась, а [[Халед эль-Марвани]] уехал.",
        // A foreign given name the lists know only as the sound of a town of the wider world
        // (Basel, Ans) before a capitalized word is a given name and surname, also where the
        // surname is an ordinary word and at a sentence's start; a town spelled so stays one.
        "[[Бессель Кок]] приехал.",
        "Вчера приехал [[Бессель Кок]].",
        "Вратарь [[Йенс Леман]] пропустил гол.",
        "Мы были в [[Базеле|LOCATION]].",
        // A capitalized noun before lower-case words and a head is no organization: `такие` is no
        // name's adjective, `Урале` no adjective at all, and `отделана` no case form of `отдел`.
        "И на [[Урале|LOCATION]] такие институты активно создаются.",
        "Станция в [[Дюссельдорфе|LOCATION]] отделана камнем.",
        // An adjective run that agrees, before a head, is one (also after a hyphenated half).
        "Совещание прошло на [[Тарвинской атомной электростанции|ORGANIZATION]] вчера.",
        "Акции упали на [[Нью-йоркской фондовой бирже|ORGANIZATION]] утром.",
        // A sentence's first word, an ordinary word, is no part of the name the model reads
        // after it; unless the name's next word alone is read as another kind (`Обама`, a town).
        "Видели [[Марка Тарвенберга]].",
        // A capitalized adjective takes the lower-case noun after it in its case.
        "Отдых на [[Тарвинском море|LOCATION]] и у [[Тарвинского моря|LOCATION]] подорожал.",
        "Концерт [[Раймонда Тарвулса]] прошёл.",
        "Инициативу [[Юрия Тарвенова]] поддержали.",
        "[[Барак Обама]] приехал.",
        // A firm's one name word after a designator is the firm in every case form later, and an
        // ordinary word opening the sentence before it stays out.
        "[[Компания Тарвекс|ORGANIZATION]] выросла. Акции [[Тарвекса|ORGANIZATION]] упали. О [[Тарвексе|ORGANIZATION]] писали.",
        // A given name in a case form that sounds like a far town no list spells so is the
        // given name (`Егора` of `Егор`, not a town `Akora`; `Виктором` of `Виктор`).
        "Адвокат [[Егора Тарвинова]] заявил об этом. Он встретился с [[Виктором Тарвиновым]] вчера.",
        // A body named by its number is one crew: the ordinal, its adjectives and the head, with
        // a short name after it; an ordinal before another noun is no name.
        "Командир [[14-й долговременной экспедиции МКС|ORGANIZATION]] [[Мирон Тарвенов]] вышел на связь.",
        "Бортинженер [[девятнадцатой экспедиции|ORGANIZATION]] рассказал о работе.",
        "Во время 14-й долговременной работы на станции ничего не случилось.",
        // At a sentence's start a relative adjective before a head opens an organization, as do
        // two adjectives joined by `и`; a nationality's before a body is said of the country.
        "[[Футбольная ассоциация|ORGANIZATION]] и профсоюз игроков поддержали идею.",
        "[[Сельскохозяйственный и коммерческий банк Китая|ORGANIZATION]] стал крупнейшим.",
        "Японская полиция задержала двоих.",
        // A word no list holds that opens with a state body's prefix is that body; an
        // adjective is not.
        "[[Минтарвхоз|ORGANIZATION]] запретил ввоз овощей, и санкции [[российского Минтарвхоза|ORGANIZATION]] ударят по экономике.",
        "Минувшая неделя прошла спокойно.",
        // Continents and regions of several countries are kept, as countries are, in their case
        // forms too.
        "Он уехал в Европу, а потом на Кавказ и в страны Ближнего Востока.",
        // An ordinary word that opens a sentence is no case form of a town (`Потом`, `Поти`).
        "Потом он уехал, а потом вернулся. Потом [[Мирон Тарвенов]] вернулся.",
        // A place found once is found in its other mentions too, where nothing else would find it.
        "Он жил в городе [[Тарвинск|LOCATION]]. Позже [[Тарвинск|LOCATION]] опустел.",
        // An acronym before a person's name is not his, after a title too.
        "Книгу президента [[ТФКС|ORGANIZATION]] [[Мирона Тарвенова]] издали, и руководитель [[ТФКС|ORGANIZATION]] [[Анатолий Перевинов]] сказал.",
        "По делу УИД 77RS0001-02-2023-012345-67 назначено заседание.",
        // A street type abbreviated after the name takes the house after it; a town before a
        // comma stays a town.
        "Адрес: [[Тарвинский пр., д. 38|ADDRESS]], а жила она по адресу: г. [[Тарвинск|LOCATION]], [[ул. Вербная, д. 4|ADDRESS]].",
        // Ordinary words labelling a speaker on two lines or more: an outlet; once, a heading.
        "Вступление.\n\n[[Голос Франции|ORGANIZATION]]: Как вы оцениваете ситуацию?\nОтвет: Плохо.\n[[Голос Франции|ORGANIZATION]]: Спасибо!\nПримечание редакции: текст сокращён.",
        // A nationality's adjective capitalized inside a sentence, before a place type, names a
        // region; at the start of a sentence it proves nothing.
        "Глава [[Чеченской республики|LOCATION]] выступил, а в [[Ингушской республике|LOCATION]] прошли выборы.",
        "Лидер [[Гагаузской автономии|LOCATION]] заявил о референдуме.",
        // A street type after the street's name, in any case form, is the address's.
        "Он жил на [[Велеградскому бульвару|ADDRESS]], потом на [[Торвальдской улице|ADDRESS]].",
        // A place type that takes genitive words takes them into the place (not the adverb after).
        "Концерт прошёл во [[Дворце молодёжи|LOCATION]] вчера, а лекция в [[Северном доме архитекторов|LOCATION]].",
        // A capitalized adjective of a surname's shape, read as a place by the model, before its
        // lower-case noun: a place with its noun, not a woman.
        "Этот город называют [[Сапфировой долиной|LOCATION]] уже давно.",
        // Mountains: the plural type word is the place's.
        "Мы гуляли у [[Сарвинских гор|LOCATION]] вчера.",
        // Short lower-case words between hyphenated capitals are the name's.
        "Турнир прошёл в городке [[Вейк-ан-Тарве|LOCATION]], а финал в [[Тарвель-на-Дравце|LOCATION]].",
        // Capitalized adjectives before a lower-case head or designator name an organization,
        // with the words in the genitive (or after `по`) that complete it, and no further.
        "Вчера [[Северная антимонопольная служба|ORGANIZATION]] оштрафовала компанию, а [[Тарвинская полиция|ORGANIZATION]] задержала троих.",
        "Письмо подписал [[Стратегический совет по развитию региона|ORGANIZATION]], позволяющий многое.",
        "Об этом сообщил [[Координационный совет обманутых вкладчиков|ORGANIZATION]] дополнительную информацию.",
        "Доля правительства в компании выросла.",
        // A precinct named by its number is an organization (a court); a lower-case head
        // without one is none.
        "Мировой судья [[судебного участка № 3|ORGANIZATION]] рассмотрел дело.\nНачальнику отдела кадров передали записку. Археологи нашли грамоту XIII века.",
        "[[Тарвинский районный суд|ORGANIZATION]] отклонил жалобу на приговор [[Верх-Тарвинского районного суда|ORGANIZATION]].",
        // Short names in capitals, also in a case form, though they sound like a listed name;
        // the lower-case head and relative adjectives before them are the name's words.
        "Пресс-служба [[совета ВАДЕ|ORGANIZATION]] и представитель [[турецкого МИДа|ORGANIZATION]] выступили вчера.",
        // The words after a head: short names in capitals, prepositions with the case each
        // governs; a title ends the name, a firm's designator starts another.
        "На заседании [[Совета при Президенте РФ по развитию гражданского общества|ORGANIZATION]] глава ведомства выступил.",
        "Он член [[Экспертного совета при главном архитекторе Тарвинска|ORGANIZATION]], сообщили нам.",
        "Лидер [[Движения против незаконной вырубки лесов|ORGANIZATION]] и секретарь [[Объединённого фронта за реформы против коррупции|ORGANIZATION]] выступили.",
        "Он обратился к [[Министерству торговли ТНР|ORGANIZATION]], и [[Северная водозаборная станция|ORGANIZATION]] ответила.",
        "Глава [[государственной Комиссии по водным ресурсам|ORGANIZATION]] и первый секретарь [[Тарвинского обкома КПСС|ORGANIZATION]] прибыли.",
        // A head that is an everyday noun opening a sentence names nothing without a capital
        // after it; nor does an everyday adjective, a participle or a noun in `-ние` before one.
        "Служба доставки работает плохо. Совет директоров решил иначе. Правозащитные организации заявили о нарушениях.",
        "Такой выгодный фонд вырос, а данной комиссии нет. Заявление [[Чилийского бюро по сельскому хозяйству|ORGANIZATION]] вышло.",
        // Named in lower case: a nationality's adjective before a head with the words that
        // complete it, or with a relative adjective before a state body; a state body's head
        // before a country. Not any Japanese party, nor the government of a country (kept).
        "В [[турецком министерстве транспорта|ORGANIZATION]] и у представителя [[турецкого внешнеполитического ведомства|ORGANIZATION]] это подтвердили.",
        "Он обсудил это с главой [[администрации Перу|ORGANIZATION]], а японское правительство и правительство Китая промолчали.",
        "Акции японской компании выросли, а японской партии нет; подконтрольный [[китайскому министерству транспорта|ORGANIZATION]] банк молчит.",
        // A name found after a lower-case head ends the organization before it; a compound
        // adjective with a hyphen is read by its second half.
        "Помощник [[итальянского министерства иностранных дел|ORGANIZATION]] [[Тарвис Лоуенгарт]] подчеркнул.",
        "Он член [[Научно-консультативного совета при главном архитекторе Тарвинска|ORGANIZATION]], а лидер [[Меджлиса крымско-тарвинского народа|ORGANIZATION]] молчит.",
        // A verb of reporting or a firm's designator before a quoted name; the adjectives that
        // open a sentence before such a designator describe the firm.
        "Об этом передаёт «[[Тарвинфо|ORGANIZATION]]». Немецкий пивной концерн «[[Тарвикс|ORGANIZATION]]» строит завод.",
        // A short name in capitals after a lower-case head and the words that complete it;
        // a national team before its country; capitals before a hyphen and a number are a
        // model's, not a name's words.
        "Сказал глава [[отдела корпоративных серверов и сетей TRV|ORGANIZATION]], а [[сборная Перу по бобслею|ORGANIZATION]] молчит.",
        "Он зав. [[кафедрой социальных коммуникаций ТГУ|ORGANIZATION]] и летал на корабле «Тарвик ТМА-7».",
        // A short capitalized name in guillemets is an organization's, also with no designator;
        // not a model with a number, a letter, a country, or a product's or work's name after
        // its noun; speech with punctuation is no name.
        "Возмущение «[[Тарвнадзора|ORGANIZATION]]» и «[[Жилищной тарвинности|ORGANIZATION]]» понятно.",
        "Он учится в 3 «Б» классе, читал статью «Весенний тарвинг» и летал на корабле «Тарвик-7»; «Нет, не знаю», ответил он.",
        // An ordinary adjective capitalized inside a sentence before a lower-case noun opens a
        // name; not an event's or an award's, and not at a sentence's start.
        "Вчера [[Серый дом|ORGANIZATION]] промолчал, а лауреата Нобелевской премии поздравили. Серый дом стоит.",
        // An English title with its article inside Russian text is a medium's or a firm's name.
        "Как пишет [[The Tarvin Herald|ORGANIZATION]], сервис останется бесплатным.",
        // A nationality's adjective capitalized inside a sentence names the body; it opens the name.
        // A word in Latin letters before it is a name of its own (one name, one script): a
        // foreign firm's, as Russian text writes them.
        "Он рассказал [[Турецкой службе|ORGANIZATION]] радио, а [[Tarvix|ORGANIZATION]] [[Российский фонд|ORGANIZATION]] купил долю.",
        // A title of a country or body named in between is the person's (`Президент США`).
        "Президент США [[Барак Обама]] заявил, а [[Обама]] подтвердил.",
        // A party's or a form's role before a colon or opening a sentence is no name.
        "Заявитель пояснила, что автомобилем управлял [[Олег Тарвенко]].",
        "Подзащитная: [[Сорокина Вера Павловна]], 41 год.",
        // An adjective before a place type is a place, also after a title; a surname is a person.
        "На встрече был глава [[Тарвинской области|LOCATION]] [[Иван Петров]], а не [[Наталья Тарвинская]].",
        // A country in a case form is the country, kept, also after a title.
        "Президент России заявил, что делегация Франции прибыла в Германию.",
        // A country of several words, in any case, is kept as a country of one word is.
        "Российская Федерация подписала договор, и президент Российской Федерации [[Дмитрий Орлов]] его утвердил.",
        // A head's name goes on through `и` to a second part, and through the country after it.
        "[[Министерство лесного хозяйства и рыбной промышленности|ORGANIZATION]] выдало разрешение.",
        "Вчера сотрудники [[ФНС России|ORGANIZATION]] приехали, а делегацию [[Федерации керлинга|ORGANIZATION]] возглавил [[Дмитрий Орлов]].",
        // A capitalized ordinary word before a country names an organization or a medium.
        "Он дал интервью радиостанции [[Свет Канады|ORGANIZATION]] в среду.",
        // A town in the instrumental ends like an adjective, but takes no noun after it.
        "Переговоры с [[Вашингтоном|LOCATION]] затянулись, а в [[Старом городе|LOCATION]] было тихо.",
        // A capitalized word in Latin letters in a Russian sentence is a name, mostly a company's.
        "Акции компании [[Brindlecorp|ORGANIZATION]] выросли на пять процентов, сообщил сайт [[Newsvale.com|ORGANIZATION]].",
        "[[Эльчин Гусейнов]] рассказал, что его задержали в [[Гяндже|LOCATION]].",
        "Суд передал дело [[Гусейнову]].",
        "Свидетель [[Анна Кузнецова]] не явилась.",
        "г-н [[Петров]] отказался от комментариев.",
        "Вчера Полиция сообщила о задержании.",
        "В понедельник Министерство опубликовало заявление.",
        "[[Иван Петрович Сидоров]] проживает по адресу [[ул. Ленина, д. 5|ADDRESS]].",
        "[[ООО «Северный ветер»|ORGANIZATION]] закрылось в [[Казани|LOCATION]].",
        "Корреспондент: Когда это случилось?",
        "ИНТЕРВЬЮЕР: Как с вами связаться?",
        "Его допрашивали сотрудники [[ФСБ|ORGANIZATION]] и [[СК|ORGANIZATION]].",
        "[[ЭЛЬЧИН|PERSON]]: Меня забрали ночью.",
        // Regions of every country, with the type word their adjectival names take.
        "Он жил в [[Свердловской области|LOCATION]], потом в [[Чукотском автономном округе|LOCATION]].",
        "Делегация прилетела в [[Исламабад|LOCATION]] во вторник.",
        // A word that only sounds like a town abroad is no place at the start of a sentence.
        "Более того, потом он ничего не сказал.",
        // A name of an adjective and a noun capitalizes the adjective alone; the noun is in the span.
        "Делегация побывала в [[Старом городе|LOCATION]] и в [[Тверской области|LOCATION]].",
        "Россия и Азербайджан подписали соглашение.",
        "Я встретился с [[Анной Кузнецовой]] в [[Москве|LOCATION]].",
        "Он вырос в селе [[Ивановка|LOCATION]] [[Тверской области|LOCATION]].",
        "Дело рассматривал [[Тверской районный суд|ORGANIZATION]] города [[Москвы|LOCATION]].",
        "Он учился в [[Казанском федеральном университете|ORGANIZATION]].",
        // The number after № is the hospital's own: inside its span.
        "Его отвезли в [[Городскую больницу № 5|ORGANIZATION]].",
        "Суд и Полиция молчат.",
        "[[Министерство внутренних дел|ORGANIZATION]] не ответило на запрос.",
        "Жалобу направили в [[Прокуратуру Хатаинского района|ORGANIZATION]].",
        "Сотрудники [[УМВД по Бакинской области|ORGANIZATION]] задержали его.",
        "Письмо пришло из [[Министерства юстиции|ORGANIZATION]] в пятницу.",
        "Прокуратура сообщила о задержании.",
        "Судья [[Петров]] огласил приговор.",
        // A word the lists hold only as another spelling of a town of the wider world, after a
        // given name (also one that names a place the lists spell otherwise), is the surname;
        // after a preposition it stays the town.
        "Правозащитник [[Сергей Брод]] сказал, что уедет.",
        "Жена [[Мария Бут]] сказала, что не знает.",
        "В среду [[Сергей]] уехал в [[Брод|LOCATION]].",
        // An ordinary word opening a sentence, a place only as a case form (`Поти`), stays out.
        "Он пришёл домой. Потом [[Смирнов]] уехал.",
        // A capitalized adjective takes a lower-case noun only in its case: a surname and a participle.
        "Все знают, что с [[Ратманским]] связаны успешные гастроли.",
        // A form's field label before a colon is no speaker.
        "Плательщик: [[Кузнецов Андрей Игоревич]]",
    ]

    static let turkish = [
        "Dosya [[Ankara Cumhuriyet Başsavcılığı|ORGANIZATION]]nda [[Terörle Mücadele Bürosu|ORGANIZATION]]'na gönderildi.",
        // A police station's and a gendarmerie post's designators of several words.
        "Müşteki, şikâyetini [[Karaağaç Polis Merkezi Amirliği|ORGANIZATION]]'ne yaptı; dosya [[Yeşilköy Jandarma Karakol Komutanlığı|ORGANIZATION]]'na gitti.",
        // A firm's name ends in its legal form written with stops (`A.Ş.`, `Ltd. Şti.`), its
        // trade abbreviated (`Tic.`, `San.`) or joined by `ve` inside it; after a field's label
        // the name's first word is its own, ordinary or not. A sentence still ends after `Ltd.`
        "Alacaklı: [[Dorvalı Tüketici Finansmanı A.Ş.|ORGANIZATION]] (MERSİS No: 0496373370200015)",
        "DAVALI: [[Başkent Otomotiv Tic. A.Ş.|ORGANIZATION]] (Vergi No: 1234567890)",
        "DAVALI: [[Tarvez Metal Döküm San. ve Tic. A.Ş.|ORGANIZATION]] vekili geldi.",
        "İşveren [[Norvik Tekstil Sanayi ve Ticaret A.Ş.|ORGANIZATION]] idi.",
        "Maaş: [[Karvela Tekstil San. Ltd. Şti.|ORGANIZATION]] (VKN 6120419832)",
        "Dün [[Tarvex Norvik A.Ş.|ORGANIZATION]] açıkladı.",
        // A district beside its province, parted by a slash, is a place.
        "İlçe: [[Ankara|LOCATION]] / [[Tarvaköy|LOCATION]]",
        // `ve` joins the words of a body's name before its designator; not a place, a country
        // or a person to a body.
        "Başvuru dün [[Bankacılık Düzenleme ve Denetleme Kurumu|ORGANIZATION]]'na iletildi.",
        "[[Ankara|LOCATION]] ve [[İzmir Valiliği|ORGANIZATION]] açıkladı.",
        "Türkiye ve [[Avrupa Birliği|ORGANIZATION]] görüştü.",
        "Başvuru [[Eskişehir Barosu Adli Yardım Bürosu|ORGANIZATION]]'na yapıldı.",
        "Kardeşi Güney Afrika'da yaşıyor, annesi Kosta Rika'da.",
        // Turkish writes a name's suffix after an apostrophe: a capitalized ordinary word with a
        // suffix and no apostrophe stays the word, even after a sentence with no full stop.
        "Teleskop yeni bir yıldızı buldu Dünyanın en güçlü teleskopları onu doğruladı.",
        // A word both a surname and a place after a given name, with a genitive, accusative or
        // `with` after its apostrophe, is the surname (the build before this split off a place);
        // a large place that is no surname stays the place.
        "Dün [[Selin Kaya]]'nın evine gittik.",
        "Toplantıda [[Kerem Şen]]'le konuştuk.",
        "[[Ahmet]] [[İzmir|LOCATION]]'i çok sevdi.",
        // `de`, `da` ("too") before a name are Turkish words, not a name's particles.
        "Bu konuda de [[Dorvanel]] bir açıklama yaptı. Sonra da [[Tarvekçi]] geldi.",
        // A cue word of the identifier rules inside an organization's name is the name's. Since
        // `bürosu` is a designator (the second session of 2026-12-07) the nationality before the
        // name is read as the name's, as it is in `Türk Telekom` or `British Airways`: taking it
        // out cost en-conll2003 and tr-news organization characters (leak 13.76 → 14.04% and
        // 12.62 → 12.99% in `redact eval`), so the adjective is over-redacted instead.
        "Öte yandan [[Amerikan Federal Soruşturma Bürosu|ORGANIZATION]] açıklama yaptı.",
        // A capitalized place type ends a place's name; the sentence's first word is not its.
        "Maç [[Kelvan Stadı|LOCATION]] önünde başladı; köylüler [[Tarsuklar Beldesi|LOCATION]] meydanında toplandı.",
        // The items of a list before `gibi` and a place type in the plural are places.
        "Bölgenin [[Kelvo|LOCATION]], [[Tarsel|LOCATION]] ve [[Dorane|LOCATION]] gibi köyleri küçüktür.",
        // An abbreviated street type (`Sok.`) takes the house and flat numbers after it.
        "Adres: [[Zeytin Mah. Papatya Sok. No: 14 Daire: 3|ADDRESS]], [[Bursa|LOCATION]].",
        // A month or a country with a suffix after an apostrophe stays a month or a country, kept.
        "Toplantı Ağustos'ta ve Ekim'de yapıldı; Almanya'da seçim var, Rusya'nın tutumu belli.",
        // A case suffix after an apostrophe ends a name: the next name starts after it.
        "Bakan [[Nevzat Orhan]]'ın [[Kemal Sarıgül]]'ü [[Ormancılık Bakanlığı|ORGANIZATION]]'na ataması onaylandı.",
        // A surname that is also a village's name, after a given name, is the surname; a city
        // with a suffix after a given name stays the city.
        "Sanıklar [[Nermin Işıklar]] ve [[Sevgi Karahan]] ifade verdi.",
        "Oğlum [[Cihan]] [[Batman|LOCATION]]'a taşındı.",
        // A club's name by its ending; a party's letters with a suffix after the apostrophe.
        "[[Karadenizspor|ORGANIZATION]]'da planlar bozuldu, [[KDP|ORGANIZATION]]'nin il başkanı istifa etti.",
        "[[Ayşe Yılmaz]] dün [[İzmir|LOCATION]]'de gözaltına alındı.",
        "[[Mehmet]] Bey mahkemeye gelmedi.",
        "[[Kadıköy İlçe Emniyet Müdürlüğü|ORGANIZATION]] açıklama yapmadı.",
        "Polis pazartesi günü gazeteciyi serbest bıraktı.",
        "Cumhurbaşkanı Ocak ayında yeni yasayı imzaladı.",
        // A landmark's type word written with a capital is part of its name.
        "Konuklar [[Topkapı Sarayı|LOCATION]]'nı ve [[Marmara Denizi|LOCATION]]'ni gezdi.",
        // In capitals the suffix is read as in lower case.
        "Muhabirimiz [[ANKARA|LOCATION]]DA ve [[İZMİR|LOCATION]]'DE çalıştı.",
        // An ordinary word after a given name is the surname.
        "Teknik direktör [[Kemal Güzel]] maçtan sonra konuştu.",
        "Adresi [[Atatürk Caddesi No: 12|ADDRESS]] olarak kaydedildi.",
        "[[Zeynep]] Hanım [[Ankara|LOCATION]]'dan geldi.",
        "Muhabir: Bu ne zaman oldu?",
        "GÖRÜŞMECİ: Sizi kim aradı? TC Kimlik No yazılı değildi.",
        "[[AYŞE|PERSON]]: Beni gece aldılar.",
        // A court or office numbered within its seat is one organization with the seat.
        "Dava [[Kadıköy 3. Asliye Ceza Mahkemesi|ORGANIZATION]]'nde görüldü.",
        // An honorific after a given name stays outside with its case suffix too (`Bey'e`, as
        // `Bey`), and a title with a possessive suffix parts a body from the person it names,
        // with the ordinary words before it (`Genel Başkanı`); a nationality's word ending a
        // run after a given name is the surname (`Özbek` stayed visible).
        "Yıllar önce bir yemekte [[Mesut]] Bey'e neden sordum.",
        "Öğrenciler [[Tarvin Üniversitesi|ORGANIZATION]] Rektörü [[Ahmet Yılmaz]] ile görüştü.",
        "[[Tarvinspor|ORGANIZATION]] Genel Başkanı [[Dursun Özbek]] konuştu.",
        "Dün [[Çarmıklı]] Ailesi geldi.",
        "Haciz [[İstanbul Anadolu 21. İcra Dairesi|ORGANIZATION]]'nce kondu.",
        "Sözleşme [[Beşiktaş 11. Noterliği|ORGANIZATION]]'nce onaylandı.",
        "Avukat [[Selin Kaya]] [[Bakırköy 7. Aile Mahkemesi|ORGANIZATION]]'ne başvurdu.",
        // A surname Azerbaijani also writes in lower case (`tunc`, bronze) is a speaker in a
        // Turkish line. (This case read `MOLDOVAN` until the lists held every country's
        // demonym: a nationality's word labels no speaker, as `RUSSIAN:` never did.)
        "[[TUNC|PERSON]]: Çok çalıştık ama olmadı.",
        // A large town before a colon at a line's start is a dateline, not a speaker: it stays
        // a place, and so do its later mentions.
        "[[Ankara|LOCATION]]: yağmur yağdı.\n[[Selin|PERSON]]: [[Ankara|LOCATION]]'da kaldım.",
        "Türkiye ve Azerbaycan arasında görüşmeler sürüyor.",
        "Umut etmek güzeldir, dedi.",
        "[[İçişleri Bakanlığı|ORGANIZATION]] açıklama yaptı.",
        "Yaralı [[Ankara Şehir Hastanesi|ORGANIZATION]]ne kaldırıldı.",
        "Olay [[Beşiktaş|LOCATION]] ilçesinde yaşandı.",
        // Codes of law in capitals are no names nor bodies (`TCK`, `CMK`).
        "Sanık [[Selin Varol]] hakkında TCK 125/2 ve CMK 231 uyarınca karar verildi.",
    ]
}

@Suite struct NameDetectionTests {
    @Test(arguments: NameCases.english) func english(_ marked: String) { check(marked) }
    @Test(arguments: NameCases.azerbaijani) func azerbaijani(_ marked: String) { check(marked) }
    @Test(arguments: NameCases.russian) func russian(_ marked: String) { check(marked) }

    /// A capitalized adjective in `-ом` takes no verb after it as its noun (the build before
    /// `places.adjective-noun-finals` found `Грозном прошла`), and still takes a noun in its case.
    @Test func aVerbAfterACapitalizedAdjectiveIsNoNoun() {
        let spans = NameCases.engine.detect("В Грозном прошла встреча. На Красном море отдыхали. С Каном говорили.")
        #expect(spans.map(\.text) == ["Грозном", "Красном море", "Каном"], "\(spans.map(\.text))")
        // The neuter and plural nominatives too: `Тарвензее сделал` is a name and a verb.
        let neuter = NameCases.engine.detect("Это заявление Тарвензее сделал вчера. На Синее озеро ездили. Мы видели Южные Курилы.")
        #expect(neuter.map(\.text) == ["Тарвензее", "Синее озеро", "Южные Курилы"], "\(neuter.map(\.text))")
    }
    @Test(arguments: NameCases.turkish) func turkish(_ marked: String) { check(marked) }

    /// A dash between spaces parts two names: no find holds one (the build before this read
    /// `Development — OECD` as one place, the context model's one name across the dash).
    @Test(arguments: ["We talked about Development — OECD said no.", "Gəmilər Volqa — Don kanalı ilə dünya sularına çıxır.",
                      "Матч Тарвинов – Крамков состоится в сентябре."])
    func noNameHoldsASpacedDash(_ text: String) {
        let spans = NameCases.engine.detect(text)
        #expect(!spans.isEmpty, "\(text)")
        #expect(!spans.contains { $0.text.contains(" — ") || $0.text.contains(" – ") }, "\(spans.map(\.text))")
    }

    /// The word cut off before a person (`губернатор Залесья Сергей Кубринов`) links its other
    /// mentions (`Депутаты Залесья`): the build that first cut it left them visible, where the
    /// three words read as one person had linked them as a person's.
    @Test func aBodyCutOffBeforeAPersonLinksItsOtherMentions() {
        let text = "Накануне губернатор Залесья Сергей Кубринов заявил об этом. Депутаты Залесья попросили отсрочки."
        let spans = NameCases.engine.detect(text).filter { NameCases.nameLabels.contains($0.label) }
        #expect(spans.filter { $0.text == "Залесья" }.count == 2, "\(spans.map { "\($0.text)|\($0.label)" })")
        #expect(spans.contains { $0.text == "Сергей Кубринов" && $0.label == "PERSON" }, "\(spans.map(\.text))")
    }

    /// One name is written in one script: a word in Latin letters and a Cyrillic surname after
    /// it are two names (the build before this read `Regnum Минченко` as one man).
    @Test func aNameDoesNotChangeScript() {
        let spans = NameCases.engine.detect("Как цитирует агентство Tarvum Минченко, решение принято.")
        #expect(spans.map(\.text) == ["Tarvum", "Минченко"], "\(spans.map(\.text))")
        #expect(spans.last?.label == "PERSON")
    }

    private func check(_ marked: String) { NameCases.check(marked) }
}
