import Testing
@testable import Redact

/// Street addresses in the shapes documents write them, invented for these tests, with the
/// expected ADDRESS spans marked `[[text]]` (postcodes too, which are ADDRESS spans of their
/// own); a sentence without marks must give no ADDRESS span. Other labels are not checked here
/// (`NameDetectionTests` does).
enum AddressCases {
    /// The second part of a house number, and letters after it: `23/45`, `14-88`, `47/B`, `9Д`, `221B`.
    static let houseNumbers = [
        "Ünvan: Xətai r-nu, [[Dovşan pr., 23/45]].",
        "Адрес: г. Казань, [[пр-т Ветлугина, 14-88]].",
        "Adres: [[Cumhuriyet Bulvarı 45/3]], İzmir.",
        "Adres: [[Kazım Karabekir Cad. No: 47/B]], Bağcılar/İstanbul.",
        "Адрес: г. Сочи, [[ул. Навагинская, 9Д, кв. 14]].",
        "Sherlock lived at [[221B Corvane Street]] for years.",
        "Mən [[Azadlıq prospekti 88A, mənzil 14]]-də yaşayıram.",
        "Ünvan: Bakı şəhəri, [[Nizami küçəsi 203B, mənzil 44]].",
        // A case suffix after a hyphen is no second number.
        "Onun ünvanı [[Dəmirçi küçəsi 25]]-də idi.",
    ]

    /// House, flat, block and floor words after the street, numbered streets after a
    /// neighbourhood, and their look-alikes outside an address.
    static let houseTails = [
        "Davacı [[Fevzi Çakmak Mah. 1234. Sok. No: 7/2]] Karatay/Konya adresinde oturmaktadır.",
        "Adres: [[Yeşilyurt Mah. 3. Cadde No: 28]], Malatya.",
        "Adres: [[Karşıyaka Mahallesi, 5. Sokak, No: 8, Daire: 2]], Nevşehir.",
        "Adres: [[İnönü Sk. No 12 K:3 D:8]] Tepebaşı/Eskişehir.",
        "Adres: [[Cumhuriyet Mah. Atatürk Bulvarı No: 101 İç Kapı No: 5]] Merkez/Kayseri.",
        "Adres: [[Zafer Mahallesi, Papatya Sitesi B Blok Daire 12]], Antalya.",
        "Qadın [[Həzi Aslanov küçəsi, döngə 4, ev 11]]-də yaşayır.",
        "Ünvan: Bakı, [[Neftçilər pr. 153, mən. 40]].",
        "Ünvan: Şəki şəhəri, [[M. F. Axundzadə prospekti 30, 2-ci mərtəbə]].",
        "Адрес: Санкт-Петербург, [[Невский пр., д. 28, лит. А, пом. 7Н]].",
        "Toplantı 3. kat, oda 12'de yapıldı.",
        "Dosya No: 5 ile birlikte incelendi.",
        "Daire Başkanlığı yazısı ve Karar No: 5 gönderildi.",
        "Bu ev 45 il əvvəl tikilib, mən orada 3 il yaşadım.",
    ]

    /// Streets named by a number alone, with a house number after them.
    static let numberedStreets = [
        // An ordinal quarter or street written uninflected, with a house word and number after
        // it; without them the words are ordinary (`3-cü məhəllə 12 ev`: twelve houses).
        "O, Tərtər rayonu, [[17-ci məhəllə, ev 4]] ünvanında yaşayır.",
        "Köhnə [[5-ci küçə, bina 12]] sökülür.",
        "Bu küçə 5 il əvvəl salınıb, 3-cü məhəllə 12 ev var.",
        // A street named by a number with a slash.
        "Adres: [[Tavşanlı Mah. 32/1. Sok. No: 7]] Zeytinburnu.",
        "Adres: [[1469 Sk. No: 3/1]], [[35220]] Konak/İzmir.",
        "Ünvan: Sumqayıt ş., [[5-ci mkr., bina 12, m. 45]].",
        "O, Sumqayıt şəhəri, [[9-cu mikrorayon, ev 23, mənzil 41]]-də qeydiyyatdadır.",
        // Without a house number a numbered street is no address; a locative is no ordinal.
        "Polis 5. Sokak ile 3. Cadde arasında bekledi.",
        // In English a number's full stop ends a sentence: a year is no street's ordinal.
        "He was convicted in 2019. [[Rowan Court]] was sold in 2020.",
        "Görüş saat 10-da Füzuli parkında oldu.",
    ]

    /// A street type before the name (Russian), in its other shapes.
    static let typesBefore = [
        // An ordinal between the type and the name (the build before this read the name as a
        // woman's double surname).
        "Адрес: [[ул. 2-я Тарвинская-Ямская, д. 5]].",
        // The house before a street whose type follows its name.
        "Он жил у [[дома 6 по Тарвинскому проспекту]] до войны.",
        "Свидетель живёт в [[д. 18 по ул. Горького]].",
        "Он жил в [[доме 14 на улице Садовой]].",
        "Адрес: [[наб. реки Фонтанки, д. 90]].",
        "Адрес: г. Пермь, [[ул. 25 Октября, д. 12]].",
        "Проживает: г. Новосибирск, [[ул. Красный проспект, д. 77, кв. 5]].",
        "Адрес: Москва, [[ул. Б. Полянка, д. 7/10, стр. 3]].",
        "Адрес: Москва, [[Кутузовский пр-т, 26, кв. 9]].",
        "Адрес: г. Москва, [[2-я Тверская-Ямская ул., д. 10, кв. 4]].",
        "Суд рассмотрел дело по ч. 4 ст. 159 УК РФ, п. 3 ст. 20.",
        "В квартале от площади стоял грузовик, на стр. 45 протокола.",
    ]

    /// The words of a street's name inside a sentence, ranges and compass points.
    static let streetNames = [
        "She lives at [[33 North Oak Lane, Apt 2C]], Austin.",
        "Address: [[500 East Main Street, Suite 1400]], Richmond.",
        "The firm is at [[12 Old Kent Road]] now.",
        "Ünvan: Bakı şəhəri, [[Qara Qarayev prospekti, ev 71, mənzil 104]].",
        "Adres: [[Kızılay Mah. Gazi Mustafa Kemal Bulvarı No: 33/7]] [[06420]] Çankaya/Ankara.",
        // A building after a street that ends with its type is the same address (the full stop
        // between is not left visible); after a comma a street type ends one address of a list.
        "Adres: [[Hürriyet Mah. Şehit Ahmet Sok. Güneş Apt. No: 9 D: 11]] Çorum.",
        "Adres: [[Yıldız Mah. Lale Cad. Gökçe Apt. No: 14 Daire: 6]], [[34710]] Kadıköy / İSTANBUL.",
        "Both houses, [[9 Brindle Court]], [[41 Kestrel Road]], were sold.",
        // A flat and a building's name before the house number.
        "Tenant: [[Flat 9, Corrin House, 14 Sandmere Road]], Leeds.",
        "Served at [[Apartment 3, The Granary, 41 Wexcombe Street]], Bristol.",
        "Адрес: г. Тверь, [[ул. Сосновая, д. 12–14, кв. 3]].",
        "Adres: [[Esentepe Mh. Büyükdere Cd. No:185 K:7]] [[34394]] Şişli/İstanbul.",
        "The defendant resided at [[14-16 Cranfield Terrace]], Oxford.",
        "The office is at [[1600 Pennsylvania Avenue NW, Suite 200]], Washington.",
        "Article 5 of the Constitution, page 12 and section 3.",
        // A street named by an ordinal, after a house number and the flat before it.
        "She moved to [[Apt. 5B, 350 W 42nd St]], New York, NY [[10036]].",
        "The store at [[100 5th Avenue]] closed.",
        "We met on 5th Avenue near 42nd Street. The 3rd Street bridge was closed for 2 weeks.",
    ]

    /// Street types that are a street's only after a house number (`Hill`, `Rise`, `Dr`), a flat
    /// number on a street without a house, a qualifier after the type (`Lower`), foreign types
    /// before the name, lower-case titles and ordinals inside a name, a quarter before a street.
    static let smallerShapes = [
        "Witness: Dora Quill, [[5 Marlow Hill]], Bexford.",
        // A number joined by a hyphen to a long word is an adjective of it (an age), no house.
        "Машина сбила на [[ул. Тарвиной]] 19-летнюю студентку.",
        "The burglary at [[Flat 2, 47 Cobden Rise]], [[SE4 2PQ]], was reported.",
        "Parked at [[1180 Tarrant Dr]], Austin.",
        "She works at [[Unit 7, Harlow Mill Road]], Wexford.",
        "Solicitors, [[18 Usher Quay Lower]], Dublin 8.",
        "We walked up Primrose Hill to the Rise; Dr Hale came at 5. Capitol Hill was quiet.",
        "In 1998 Tarrant Dr was renamed.",
        "Counsel, [[9 quai Lavandière]], Lyon.",
        "Sender: [[ul. Ogrodowa 8 m. 12]], Łódź.",
        "Old address: [[vul. Lypova 14, apt. 3]], Lviv.",
        "Kanzlei Brandt, [[Nibelungenring 12]], [[50679]] Köln.",
        "Görüş (Lənkəran, [[Rəşid xan küç. 7, ofis 2]]).",
        "Ünvan: Quba r., Talabı kəndi, [[Yuxarı küçə, ev 8]].",
        "Ünvan: Mingəçevir ş., [[4-cü mikrorayon, Füzuli küç., ev 9, mənzil 12]].",
        "Ünvan: Bakı ş., Xəzər r-nu, [[Mərdəkan qəs., 3-cü massiv, ev 27]].",
        "Adres: [[Yenidoğan Mah. 2. Menekşe Sk. No: 8 D: 3]] Merkez/Çorum.",
        "Adres: [[Bahçelievler Mah. Dr. Kemal Saran Cd. No:17 D:4]] Kayseri.",
        "Adres: [[Bahçelievler Mah. Prof. Dr. Nail Bilgin Cd. No:17 D:4]] Kayseri.",
        "Adres: [[ATATÜRK MAH. İNÖNÜ BULV. NO:42 KAT:3 D:7]] Merkez.",
        "Адрес: г. Шымкент, [[мкр. Нурсат-3, д. 12, кв. 40]], тел. нет.",
        "Авария у [[дома 12 по проспекту Строителей]] в среду.",
    ]

    /// Addresses no street type marks (`Rules/core/addresses.yaml`): a post-office box, and a
    /// Russian or English street named without its type right after an address cue; their
    /// look-alikes.
    static let withoutStreetType = [
        "Mailing address: [[PO Box 4412]], Springfield.",
        "Write to [[P.O. Box 908]] or [[Post Office Box 17]].",
        "Адрес для писем: [[а/я 123]], Москва.",
        "Başvurular [[Posta Kutusu 45]] adresine.",
        "Он проживает по адресу: [[Садовая, 12-5]].",
        "Адрес: г. Казань, [[Маршала Жукова, д. 3, кв. 7]].",
        "Зарегистрирован по адресу [[420107]], г. Казань, [[Большая Красная, 9А]].",
        "The witness lives at [[14 Elm]], two doors down.",
        "His home address: [[22 Orchard]].",
        "The P.O. box is empty; PO box 12 of 40 was opened.",
        "He lives at 14 with his aunt; she lived at 3 Elm with her son.",
        "Her home address is on file; he got home at 11 Tuesday.",
        "Адрес: Москва, 2019 год; Иванова, 12, и Петрова, 14, пришли.",
    ]

    static func check(_ marked: String) {
        let (text, expected) = NameCases.parse(marked)
        let found = NameCases.engine.detect(text).filter { $0.label == "ADDRESS" }.map(\.text)
        #expect(found == expected.map { String($0.dropLast("|PERSON".count)) }, "\(text)")
    }
}

@Suite struct AddressTests {
    @Test(arguments: AddressCases.houseNumbers) func houseNumbers(_ marked: String) { AddressCases.check(marked) }
    @Test(arguments: AddressCases.houseTails) func houseTails(_ marked: String) { AddressCases.check(marked) }
    @Test(arguments: AddressCases.numberedStreets) func numberedStreets(_ marked: String) { AddressCases.check(marked) }
    @Test(arguments: AddressCases.typesBefore) func typesBefore(_ marked: String) { AddressCases.check(marked) }
    @Test(arguments: AddressCases.streetNames) func streetNames(_ marked: String) { AddressCases.check(marked) }
    @Test(arguments: AddressCases.smallerShapes) func smallerShapes(_ marked: String) { AddressCases.check(marked) }
    @Test(arguments: AddressCases.withoutStreetType) func withoutStreetType(_ marked: String) { AddressCases.check(marked) }
}
