import ArgumentParser

/// The `resgraph` command: extract, index, query and draw UN resolution citations.
@main
struct ResGraph: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resgraph",
        abstract: "Find the references UN resolutions make and link them into a citation graph.",
        version: "0.1.0",
        subcommands: [Extract.self, Index.self, RecalledBy.self, CitedBy.self, Cites.self, Show.self, Dangling.self, Check.self, Export.self, Render.self]
    )
}
