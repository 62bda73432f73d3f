extension String {
    /// Calls `body` with the string's UTF-8 bytes where they lie, and returns what it returns.
    ///
    /// `withUTF8` is mutating: called on a value it is handed a copy, retained before and
    /// released after, which cost a few dozen instructions each time an id or a JSON string
    /// was written. A native string's bytes are contiguous and read in place; any other is
    /// copied once, as `withUTF8` would.
    ///
    /// ```swift
    /// let count = id.withUTF8InPlace { $0.count }
    /// ```
    @inlinable @inline(__always) public func withUTF8InPlace<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = self
        return copy.withUTF8(body)
    }
}
