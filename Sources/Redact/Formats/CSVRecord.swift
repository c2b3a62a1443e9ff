/// RFC 4180 records: where a record ends and where its fields are.
///
/// A field is quoted when it starts with `"`; inside quotes `""` is a quote and line ends are
/// text. A quote inside an unquoted field is kept as text (as most writers and readers do); a
/// quoted field followed by anything but a delimiter or the end of the record is an error, as
/// is a quote left open at the end of the input.
enum CSVRecord {
    /// A field of a record: its bytes (quotes included) and its text.
    struct Field {
        var source: Range<Int>
        var text: [UInt8]
        var quoted: Bool
    }

    /// The end (after the line end) of the record that starts at `start`, or nil when the
    /// record is not complete within `bytes`. Inside quotes a line end does not end the record.
    static func end(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var inQuotes = false
        var p = start
        while p < bytes.count {
            let b = bytes[p]
            if b == 0x22 {
                inQuotes.toggle()
            } else if b == 0x0A && !inQuotes {
                return p + 1
            }
            p += 1
        }
        return nil
    }

    /// The fields of `record` (which may end with its line end).
    /// - Throws: the offset in `record` and what was expected.
    static func fields(of record: UnsafeBufferPointer<UInt8>, delimiter: UInt8) throws(JSONLine.SyntaxError) -> [Field] {
        var end = record.count
        if end > 0, record[end - 1] == 0x0A { end -= 1 }
        if end > 0, record[end - 1] == 0x0D { end -= 1 }
        var fields: [Field] = []
        var p = 0
        while true {
            let start = p
            if p < end, record[p] == 0x22 {
                var text: [UInt8] = []
                p += 1
                while true {
                    guard p < end else { throw JSONLine.SyntaxError(offset: start, message: "a quoted field is not closed") }
                    if record[p] == 0x22 {
                        if p + 1 < end, record[p + 1] == 0x22 {
                            text.append(0x22)
                            p += 2
                            continue
                        }
                        p += 1
                        break
                    }
                    text.append(record[p])
                    p += 1
                }
                guard p == end || record[p] == delimiter else {
                    throw JSONLine.SyntaxError(offset: p, message: "a delimiter or the end of the row was expected after a quoted field")
                }
                fields.append(Field(source: start..<p, text: text, quoted: true))
            } else {
                while p < end, record[p] != delimiter { p += 1 }
                fields.append(Field(source: start..<p, text: Array(record[start..<p]), quoted: false))
            }
            if p == end { return fields }
            p += 1  // the delimiter
        }
    }
}
