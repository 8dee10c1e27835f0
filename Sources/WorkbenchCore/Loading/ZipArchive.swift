import CZlibShim

/// Reads one member of a zip archive held in memory: what a .docx needs (its
/// `word/document.xml`), every offset and size checked against the bytes.
///
/// Why not ZIPFoundation: fuzzing found two ways a crafted .docx broke it. Its in-memory reader
/// traps on offsets past the end of the archive, and its inflater loops for ever on a deflate
/// stream that is cut short (it asks for more input at the end of the file, gets none, and asks
/// again). Here a member is inflated from its own compressed bytes only; when they run out
/// before the stream ends, the archive is damaged.
struct ZipArchive {
    enum Failure: Error, Equatable {
        /// Not a zip archive, or one whose directory or member headers do not fit its bytes.
        case unreadable
        /// No member of that name.
        case missing
        /// The member is compressed in a way other than stored or deflated, or uses ZIP64.
        case unsupported
        /// The member's data does not inflate: cut short or corrupt.
        case damaged
        /// The member inflates to more than the limit asked for.
        case tooLarge
    }

    private let bytes: [UInt8]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The contents of member `name`, at most `limit` bytes once inflated.
    func contents(of name: String, limit: Int) throws(Failure) -> [UInt8] {
        let member = try find(name)
        guard member.compressedSize != UInt32.max, member.uncompressedSize != UInt32.max else { throw .unsupported }
        // The local header repeats the name and may carry its own extra field: the data starts
        // after both.
        let header = Int(member.headerOffset)
        guard header <= bytes.count - 30, read32(at: header) == 0x0403_4B50 else { throw .unreadable }
        let start = header + 30 + Int(read16(at: header + 26)) + Int(read16(at: header + 28))
        let size = Int(member.compressedSize)
        guard start <= bytes.count, size <= bytes.count - start else { throw .unreadable }
        switch member.method {
        case 0:
            guard size <= limit else { throw .tooLarge }
            return Array(bytes[start..<(start + size)])
        case 8:
            return try inflate(start..<(start + size), limit: limit)
        default:
            throw .unsupported
        }
    }

    /// A member as the central directory describes it.
    private struct Member {
        var method: UInt16
        var compressedSize: UInt32
        var uncompressedSize: UInt32
        var headerOffset: UInt32
    }

    /// The member called `name`, from the central directory that the end record points to.
    private func find(_ name: String) throws(Failure) -> Member {
        guard let end = endRecord() else { throw .unreadable }
        let count = Int(read16(at: end + 10))
        var offset = Int(read32(at: end + 16))
        let wanted = Array(name.utf8)
        for _ in 0..<count {
            guard offset <= bytes.count - 46, read32(at: offset) == 0x0201_4B50 else { throw .unreadable }
            let nameLength = Int(read16(at: offset + 28))
            let next = offset + 46 + nameLength + Int(read16(at: offset + 30)) + Int(read16(at: offset + 32))
            guard next <= bytes.count else { throw .unreadable }
            if bytes[(offset + 46)..<(offset + 46 + nameLength)].elementsEqual(wanted) {
                return Member(method: read16(at: offset + 10), compressedSize: read32(at: offset + 20),
                              uncompressedSize: read32(at: offset + 24), headerOffset: read32(at: offset + 42))
            }
            offset = next
        }
        throw .missing
    }

    /// The offset of the end-of-central-directory record: the last one, in the final 22 bytes
    /// plus at most a 65 535-byte comment.
    private func endRecord() -> Int? {
        guard bytes.count >= 22 else { return nil }
        var offset = bytes.count - 22
        let lowest = max(0, bytes.count - 22 - 0xFFFF)
        while offset >= lowest {
            if read32(at: offset) == 0x0605_4B50 { return offset }
            offset -= 1
        }
        return nil
    }

    /// Raw deflate data inflated with zlib, from `range` only.
    private func inflate(_ range: Range<Int>, limit: Int) throws(Failure) -> [UInt8] {
        var stream = z_stream()
        guard inflateInit2_(&stream, -MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw .damaged
        }
        defer { inflateEnd(&stream) }
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var status: Int32 = Z_OK
        let failure: Failure? = bytes.withUnsafeBufferPointer { source in
            chunk.withUnsafeMutableBufferPointer { buffer in
                // zlib reads the input through a mutable pointer but does not write to it.
                stream.next_in = UnsafeMutablePointer(mutating: source.baseAddress.map { $0 + range.lowerBound })
                stream.avail_in = UInt32(range.count)
                while true {
                    stream.next_out = buffer.baseAddress
                    stream.avail_out = UInt32(buffer.count)
                    status = CZlibShim.inflate(&stream, Z_NO_FLUSH)
                    let produced = buffer.count - Int(stream.avail_out)
                    guard output.count + produced <= limit else { return .tooLarge }
                    output.append(contentsOf: buffer[..<produced])
                    if status == Z_STREAM_END { return nil }
                    guard status == Z_OK else { return .damaged }
                    // No progress with all input read: the stream was cut short.
                    if stream.avail_in == 0, produced == 0 { return .damaged }
                }
            }
        }
        if let failure { throw failure }
        return output
    }

    private func read16(at offset: Int) -> UInt16 {
        UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8
    }

    private func read32(at offset: Int) -> UInt32 {
        UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset + 2]) << 16 | UInt32(bytes[offset + 3]) << 24
    }
}
