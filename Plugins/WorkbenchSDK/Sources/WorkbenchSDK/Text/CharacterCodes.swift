/// Characters as numbers where that is safe, for modules that compare text character by
/// character: comparing two `Character`s goes through Unicode normalisation, and costs far more
/// than comparing two integers.
///
/// A scalar in the ranges below (ideographs, CJK and fullwidth punctuation, printable ASCII and
/// Latin-1, general punctuation) is its own composed form, so no two of them are equal as
/// characters. A character that is one such scalar has that scalar's value as its code; every
/// other character has code 0 (among them those that equal a coded one: U+F900 equals 豈
/// U+8C48). Two characters with nonzero codes are equal exactly when their codes are; where
/// either code is 0, compare the characters.
public enum CharacterCodes {
    /// Whether `scalar` is in the ranges that have codes.
    @inlinable
    public static func isOwnCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20...0x7E, 0xA0...0xAC, 0xAE...0xFF: return true
        case 0x2010...0x2027, 0x2030...0x203E: return true
        case 0x3000...0x3029, 0x3030...0x303F: return true
        case 0x3400...0x4DBF, 0x4E00...0x9FFF: return true
        case 0xFF01...0xFF60, 0xFFE0...0xFFE6: return true
        default: return false
        }
    }

    /// The code of `character`: its scalar's value when it is one scalar of its own, else 0.
    @inlinable
    public static func code(_ character: Character) -> UInt32 {
        var scalars = character.unicodeScalars.makeIterator()
        guard let first = scalars.next(), scalars.next() == nil, isOwnCharacter(first) else { return 0 }
        return first.value
    }

    /// The codes of `characters`, in order.
    @inlinable
    public static func codes(_ characters: [Character]) -> [UInt32] {
        characters.map(code)
    }
}
