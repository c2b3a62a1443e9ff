import Testing
@testable import Redact

/// Country names as the default rule set reads them: joined by the joining words each
/// language's `names.yaml` lists (`countries.joining-words`), and in their case forms.
@Suite struct CountryNamesTests {
    static let countries = CountryNames(engine: NameCases.engine)

    @Test(arguments: ["Azerbaijan", "Britain and France", "Russia & Turkey", "Rusiya və Türkiyə", "России и Турции",
                      "Almanya ve Fransa", "United States"])
    func countriesAndTheirListsAreCountries(_ phrase: String) {
        #expect(Self.countries.contains(phrase), "\(phrase)")
    }

    /// A word that joins nothing in the lists (`or`, `with`) leaves a phrase that is no name.
    @Test(arguments: ["Britain or France", "Azerbaijan with Baku", "Ganja", "Elçin Hüseynov", "Turkey and Ganja"])
    func otherPhrasesAreNot(_ phrase: String) {
        #expect(!Self.countries.contains(phrase), "\(phrase)")
    }
}
