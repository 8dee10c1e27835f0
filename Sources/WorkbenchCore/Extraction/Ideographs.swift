extension Unicode.Scalar {
    /// `properties.isIdeographic`, with the common cases answered without the standard
    /// library's Unicode tables (~330 instructions a call, asked for several times a figure):
    /// nothing below U+3006 is ideographic, and every scalar of the CJK Unified Ideographs block
    /// (U+4E00–U+9FFF) is. Other scalars ask the tables.
    @inline(__always)
    var isIdeograph: Bool {
        let value = self.value
        if value < 0x3006 { return false }
        if value >= 0x4E00 && value <= 0x9FFF { return true }
        return properties.isIdeographic
    }
}
