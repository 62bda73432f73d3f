import Foundation
import ResGraphExtractor

/// Standard input as a file to read: the path `-`, as `cat` and `grep` take it, so that a text
/// can be piped in (`pdftotext A_RES_58_154.pdf - | resgraph extract -`).
public enum StandardInput {
    /// The path that stands for standard input.
    public static let path = "-"

    /// Whether standard input is a terminal: reading it then waits for someone to type, which a
    /// command says before it waits.
    public static var isTerminal: Bool { isatty(STDIN_FILENO) == 1 }
}
