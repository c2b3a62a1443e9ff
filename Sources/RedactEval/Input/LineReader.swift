import Foundation

/// Reads a file one line at a time through a fixed-size buffer, so a reader's memory stays flat
/// however large the file is.
///
/// Lines end at `\n`; a `\r` before it is dropped; a UTF-8 byte order mark at the start of the
/// file is skipped. `-` names standard input.
final class LineReader {
    /// The file as the caller named it, for error messages.
    let name: String
    private let handle: FileHandle
    private let closesHandle: Bool
    private var buffer: [UInt8] = []
    private var position = 0
    private var atEnd = false
    private var isFirstLine = true
    /// 1-based number of the line last returned.
    private(set) var lineNumber = 0
    private let chunkSize: Int

    /// A reader of the file at `path` (`-` for standard input).
    init(path: String, chunkSize: Int = 1 << 20) throws(EvalInputError) {
        self.name = path
        self.chunkSize = chunkSize
        if path == "-" {
            handle = FileHandle.standardInput
            closesHandle = false
        } else {
            guard let opened = FileHandle(forReadingAtPath: path) else {
                throw EvalInputError(.unreadable, at: .init(file: path), "cannot open the file for reading")
            }
            handle = opened
            closesHandle = true
        }
    }

    /// A reader of an already open `handle`, named `name` in errors; the caller keeps ownership.
    init(handle: FileHandle, name: String, chunkSize: Int = 1 << 20) {
        self.name = name
        self.handle = handle
        self.closesHandle = false
        self.chunkSize = chunkSize
    }

    deinit {
        if closesHandle { try? handle.close() }
    }

    /// The next line's bytes without its line ending, or `nil` at the end of the file.
    func nextLine() throws(EvalInputError) -> ArraySlice<UInt8>? {
        while true {
            if let newline = buffer[position...].firstIndex(of: 0x0A) {
                var line = buffer[position..<newline]
                position = newline + 1
                return finish(&line)
            }
            if atEnd {
                guard position < buffer.count else { return nil }
                var line = buffer[position...]
                position = buffer.count
                return finish(&line)
            }
            try refill()
        }
    }

    private func finish(_ line: inout ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        lineNumber += 1
        if line.last == 0x0D { line = line.dropLast() }
        if isFirstLine {
            isFirstLine = false
            if line.starts(with: [0xEF, 0xBB, 0xBF]) { line = line.dropFirst(3) }
        }
        return line
    }

    private func refill() throws(EvalInputError) {
        if position > 0 {
            buffer.removeSubrange(0..<position)
            position = 0
        }
        let data: Data?
        do { data = try handle.read(upToCount: chunkSize) } catch {
            throw EvalInputError(.unreadable, at: .init(file: name, line: lineNumber + 1), "cannot read: \(error)")
        }
        guard let data, !data.isEmpty else {
            atEnd = true
            return
        }
        buffer.append(contentsOf: data)
    }
}

extension ArraySlice<UInt8> {
    /// Whether the line holds nothing but spaces and tabs.
    var isBlankLine: Bool { allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D } }
}
