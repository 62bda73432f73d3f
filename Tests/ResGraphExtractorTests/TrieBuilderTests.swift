@testable import ResGraphExtractor
import Testing

/// The trie the phrase tables are built into: each node's edges come out in order of their
/// bytes, whatever order the phrases put them in, and each byte leads to the one child made for it.
struct TrieBuilderTests {
    /// A trie of `words`, inserted in the order given, with the node each word ends at.
    private func built(_ words: [String]) -> (trie: TrieBuilder, ends: [String: Int]) {
        var trie = TrieBuilder()
        var ends: [String: Int] = [:]
        for word in words {
            var node = TrieBuilder.root
            for byte in word.utf8 { node = trie.childMade(of: node, byte: byte) }
            ends[word] = node
        }
        trie.sortEdges()
        return (trie, ends)
    }

    private func bytes(_ edges: ArraySlice<(byte: UInt8, child: Int)>) -> String {
        String(decoding: edges.map(\.byte), as: UTF8.self)
    }

    @Test func edgesComeOutByByteWhateverTheOrderOfThePhrases() {
        let (trie, ends) = built(["cb", "ca", "b", "cd", "a", "cc", "ad", "ab", "ac"])
        #expect(trie.nodeCount == 1 + 3 + 4 + 3)
        #expect(bytes(trie.edges(of: TrieBuilder.root)) == "abc")
        #expect(bytes(trie.edges(of: ends["a"]!)) == "bcd")
        #expect(bytes(trie.edges(of: ends["b"]!)) == "")
        let c = trie.child(of: TrieBuilder.root, byte: UInt8(ascii: "c"))!
        #expect(trie.edges(of: c).map(\.child) == ["ca", "cb", "cc", "cd"].map { ends[$0]! })
        #expect(trie.edgeFilter(of: ends["a"]!) == 1 << UInt64(UInt8(ascii: "b") & 63) | 1 << UInt64(UInt8(ascii: "c") & 63) | 1 << UInt64(UInt8(ascii: "d") & 63))
    }

    @Test func aByteLeadsToTheChildMadeForItAndAWordAgainMakesNoNode() {
        var (trie, ends) = built(["resolution", "resolutions", "recalls", "recalling"])
        let count = trie.nodeCount
        #expect(count == 1 + "resolution".utf8.count + 1 + "calls".utf8.count + "ing".utf8.count)
        var node = TrieBuilder.root
        for byte in "recall".utf8 { node = trie.childMade(of: node, byte: byte) }
        #expect(trie.nodeCount == count)
        #expect(trie.child(of: node, byte: UInt8(ascii: "s")) == ends["recalls"])
        #expect(trie.child(of: node, byte: UInt8(ascii: "x")) == nil)
        #expect(trie.payloads.count == trie.nodeCount && trie.payloads.allSatisfy { $0 == -1 })
        ends["recall"] = node
        #expect(bytes(trie.edges(of: ends["recall"]!)) == "is")
    }
}
