#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Has glibc's allocator give freed memory back to the system at 128 KiB instead of its
/// growing default. The engine's tables and memos are bounded, but each is a few large
/// blocks that are replaced as they grow or turn over (``BoundedMemo``): with the default the
/// process kept about 44 MiB of freed blocks on text of distinct names (peak 322 against
/// 278 MiB on 20 MB, the same CPU time; `Benchmarks/README.md`).
func returnFreedMemoryEarly() {
    #if canImport(Glibc)
    // `mallopt` is in <malloc.h>, which the Glibc module does not import; -1 is its
    // M_TRIM_THRESHOLD.
    typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
    if let symbol = dlsym(nil, "mallopt") {
        _ = unsafeBitCast(symbol, to: Mallopt.self)(-1, 128 * 1024)
    }
    #endif
}

/// Writes all of `bytes` to `fd`, retrying short writes and interruptions.
/// Returns false when the write failed (a closed pipe, a full disk).
@discardableResult
func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> Bool {
    var offset = 0
    while offset < bytes.count {
        let n = write(fd, bytes.baseAddress! + offset, bytes.count - offset)
        if n < 0 {
            if errno == EINTR { continue }
            return false
        }
        offset += n
    }
    return true
}

/// An input: a file or standard input, read in blocks.
struct InputFile {
    let name: String
    let fd: Int32

    /// Opens `path`; `-` is standard input.
    init(path: String) throws(InputError) {
        name = path
        if path == "-" {
            fd = 0
            return
        }
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw InputError(path: path, reason: String(cString: strerror(errno))) }
        var info = stat()
        if fstat(fd, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR {
            close(fd)
            throw InputError(path: path, reason: "is a directory")
        }
        self.fd = fd
    }

    /// Reads up to `buffer.count` bytes; 0 at the end of the input.
    func read(into buffer: UnsafeMutableRawBufferPointer) throws(InputError) -> Int {
        while true {
            let n = Glibc.read(fd, buffer.baseAddress, buffer.count)
            if n >= 0 { return n }
            if errno == EINTR { continue }
            throw InputError(path: name, reason: String(cString: strerror(errno)))
        }
    }

    /// Reads the whole input.
    func readAll() throws(InputError) -> [UInt8] {
        var all: [UInt8] = []
        var block = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n: Int
            // withUnsafeMutableBytes rethrows untyped; the only error inside is an InputError.
            do { n = try block.withUnsafeMutableBytes { try read(into: $0) } } catch { throw error as! InputError }
            if n == 0 { return all }
            all.append(contentsOf: block[..<n])
        }
    }

    func closeFile() {
        if fd > 2 { close(fd) }
    }
}

/// The whole of the input at `path` (`-`: standard input); when it cannot be opened or read,
/// says why on standard error and exits with ``Exit/noInput``.
func readWholeInput(_ path: String) throws -> [UInt8] {
    do {
        let input = try InputFile(path: path)
        defer { input.closeFile() }
        return try input.readAll()
    } catch {
        complain("\(error.path): \(error.reason)")
        throw Exit.noInput
    }
}

/// An input that cannot be opened or read.
struct InputError: Error {
    let path: String
    let reason: String
}

/// Buffered output (standard output unless told otherwise): writes in large blocks, or at once
/// when asked to.
struct Output {
    private var buffer: [UInt8] = []
    let flushThreshold = 1 << 16
    var fd: Int32 = 1

    /// Appends `bytes`; writes when the buffer is large or `now` is set.
    mutating func write(_ bytes: [UInt8], now: Bool) throws(OutputError) {
        buffer.append(contentsOf: bytes)
        if now || buffer.count >= flushThreshold { try flush() }
    }

    mutating func flush() throws(OutputError) {
        guard !buffer.isEmpty else { return }
        let ok = buffer.withUnsafeBytes { writeAll(fd, $0) }
        buffer.removeAll(keepingCapacity: true)
        if !ok { throw OutputError(reason: String(cString: strerror(errno))) }
    }
}

/// Standard output could not be written.
struct OutputError: Error {
    let reason: String
}
