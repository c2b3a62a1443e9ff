/// A document or record id written as a JSON string or integer; both become a string.
struct JSONID: Decodable, Sendable, Hashable {
    /// The id as text.
    var value: String

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let string = try? container.decode(String.self) {
            value = string
        } else if let integer = try? container.decode(Int.self) {
            value = String(integer)
        } else {
            throw DecodingError.typeMismatch(String.self, .init(
                codingPath: decoder.codingPath, debugDescription: "expected a string or an integer id"))
        }
    }
}
