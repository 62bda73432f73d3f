import ResGraphReader

extension CitationIndex {
    /// Asks for the whole database (and its log) to be brought into memory beside a question
    /// that reads most of it, when it is mostly not there (``WholeFileReadAhead``): a pass over
    /// the whole index otherwise waits for each of its pages in turn, in the order of its
    /// B-trees. Returns at once.
    func warmForWholePass() {
        WholeFileReadAhead.warm(path)
        WholeFileReadAhead.warm(path + "-wal")
    }
}
