import ResGraphExtractor

/// Numbers the ids a pass over the index meets (0, 1, 2, … in the order first met), looked up by
/// their bytes as SQLite holds them: a row's id costs no `String` and no `Hasher`, and the ids
/// are kept in one buffer, not as a million strings. Numbers fit in 32 bits (an index would need
/// tens of gigabytes of ids to reach four billion).
///
/// ```swift
/// var ids = IDNumbers()
/// ids.insert(rows.text(0))                 // (number: 0, inserted: true)
/// ids.number(of: rows.text(2))             // 0 when it is the same id, else nil
/// ids.id(0)                                // "A/RES/48/113"
/// ```
struct IDNumbers {
    /// The ids' bytes, one after another.
    private var bytes: [UInt8] = []
    /// Where each id's bytes start in ``bytes``, and where the next would.
    private var starts: [Int] = [0]
    /// Open addressing: in each slot, 0 when empty, else the low half of its id's hash above
    /// the id's number plus one, so that most ids not sought are told apart without reading
    /// their bytes (a lookup in a table of millions is a few cache misses, not its instructions).
    private var slots: [UInt64]
    /// Mixed into every hash, different for each table, so that no corpus can be made whose ids
    /// pile into one run of slots.
    private let seed = UInt64.random(in: .min ... .max)

    /// A table with room for `capacity` ids before it first grows.
    init(capacity: Int = 1_024) {
        var size = 16
        while size < 2 * capacity { size *= 2 }
        slots = [UInt64](repeating: 0, count: size)
    }

    /// How many ids are numbered.
    var count: Int { starts.count - 1 }

    /// The number of the id `key` spells, if it has one.
    func number(of key: UnsafeBufferPointer<UInt8>) -> Int? {
        let (slot, found) = place(of: key, hash: Self.hash(key, seed: seed))
        return found ? Self.number(in: slots[slot]) : nil
    }

    /// The number of `id`, if it has one.
    func number(of id: String) -> Int? {
        var id = id
        return id.withUTF8 { number(of: $0) }
    }

    /// The number of the id `key` spells, given it now if it had none.
    @discardableResult
    mutating func insert(_ key: UnsafeBufferPointer<UInt8>) -> (number: Int, inserted: Bool) {
        let hash = Self.hash(key, seed: seed)
        let (slot, found) = place(of: key, hash: hash)
        if found { return (Self.number(in: slots[slot]), false) }
        let number = count
        bytes.append(contentsOf: key)
        starts.append(bytes.count)
        slots[slot] = Self.entry(number, hash: hash)
        // At most half full: probes stay short.
        if 2 * count > slots.count { grow() }
        return (number, true)
    }

    /// The id numbered `number`.
    func id(_ number: Int) -> String {
        String(decoding: bytes[starts[number]..<starts[number + 1]], as: UTF8.self)
    }

    /// The slot holding `key`, or the empty slot where it would go.
    private func place(of key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> (slot: Int, found: Bool) {
        let mask = slots.count - 1
        let tag = hash << 32
        var slot = Int(truncatingIfNeeded: hash >> 32) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { return (slot, false) }
            if entry & 0xFFFF_FFFF_0000_0000 == tag, matches(Self.number(in: entry), key) { return (slot, true) }
            slot = (slot + 1) & mask
        }
    }

    private static func entry(_ number: Int, hash: UInt64) -> UInt64 { hash << 32 | UInt64(number + 1) }

    private static func number(in entry: UInt64) -> Int { Int(truncatingIfNeeded: entry & 0xFFFF_FFFF) - 1 }

    private func matches(_ number: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = starts[number], end = starts[number + 1]
        guard end - start == key.count else { return false }
        return bytes.withUnsafeBufferPointer { ByteOrder.compare(UnsafeBufferPointer(rebasing: $0[start..<end]), key) == 0 }
    }

    private mutating func grow() {
        slots = [UInt64](repeating: 0, count: 2 * slots.count)
        let mask = slots.count - 1
        bytes.withUnsafeBufferPointer { stored in
            for number in 0..<count {
                let hash = Self.hash(UnsafeBufferPointer(rebasing: stored[starts[number]..<starts[number + 1]]), seed: seed)
                var slot = Int(truncatingIfNeeded: hash >> 32) & mask
                while slots[slot] != 0 { slot = (slot + 1) & mask }
                slots[slot] = Self.entry(number, hash: hash)
            }
        }
    }

    /// A hash of `key` under `seed`, eight bytes at a time.
    static func hash(_ key: UnsafeBufferPointer<UInt8>, seed: UInt64) -> UInt64 {
        var hash = (seed ^ UInt64(truncatingIfNeeded: key.count)) &* 0x9E37_79B9_7F4A_7C15
        var k = 0
        guard let base = key.baseAddress else { return hash }
        let raw = UnsafeRawPointer(base)
        while k + 8 <= key.count {
            hash = (hash ^ UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: k, as: UInt64.self))) &* 0xBF58_476D_1CE4_E5B9
            hash ^= hash >> 31
            k += 8
        }
        if k < key.count {
            var tail: UInt64 = 0
            for index in k..<key.count { tail |= UInt64(base[index]) << UInt64(8 * (index - k)) }
            hash = (hash ^ tail) &* 0x94D0_49BB_1331_11EB
            hash ^= hash >> 29
        }
        return hash &* 0x9E37_79B9_7F4A_7C15
    }
}
