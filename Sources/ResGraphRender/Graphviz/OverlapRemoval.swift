/// How sfdp keeps the node boxes of a drawing of so many nodes apart: the graph attributes
/// `overlap`, `overlap_scaling` and `quadtree`.
///
/// sfdp lays a graph out small, scales it up by `overlap_scaling` times the average label size,
/// then moves the boxes that still overlap apart (`prism`), round after round. A much-cited node
/// pulls its citers into a ring too tight for their labels: scaled by sfdp's default of 4, the
/// 2,000 most cited nodes of 100,000 documents took 6 s of rounds. Scaled by one more for every
/// 80 nodes (25 at 2,000), few overlaps are left for the rounds: 2.1 s, none left, at the cost
/// of some white space. Above 2,000 nodes the scaling stays at 25, so that a drawing scaled down
/// to a PNG still shows its citations; ten rounds are tried, not a thousand, and distant nodes'
/// pull is approximated coarsely (`quadtree=fast`). Above 5,000, only the scaling is done
/// (`prism0`): some boxes still touch, but the layout stays seconds long and the nodes are never
/// left piled on one another, as sfdp leaves them when nothing removes overlaps.
///
/// ```swift
/// OverlapRemoval(nodes: 1_000)   // overlap=prism, overlap_scaling=-12
/// OverlapRemoval(nodes: 5_000)   // overlap=prism10, overlap_scaling=-25, quadtree=fast
/// OverlapRemoval(nodes: 20_000)  // overlap=prism0, overlap_scaling=-25, quadtree=fast
/// ```
struct OverlapRemoval: Sendable {
    /// `overlap`: `prism` (rounds until no boxes overlap), `prism10` (ten rounds) or `prism0`
    /// (the scaling alone).
    let overlap: String
    /// The scaling, in average label sizes (`overlap_scaling` is its negative).
    let scaling: Int
    /// Whether distant nodes' pull is approximated coarsely (`quadtree=fast`): most of the
    /// layout's time above ``carefulLimit`` nodes, and a third of it saved at 5,000.
    let isCoarse: Bool

    /// sfdp's own scaling, which drawings of up to a few hundred nodes keep.
    static let defaultScaling = 4
    /// Nodes per average label size of scaling.
    static let nodesPerScalingStep = 80
    /// The most nodes laid out with every round of overlap removal and the exact pull.
    static let carefulLimit = 2_000
    /// The most nodes whose overlaps are removed in rounds.
    static let roundsLimit = 5_000

    /// The settings for a drawing of `nodes` nodes.
    init(nodes: Int) {
        overlap = nodes <= Self.carefulLimit ? "prism" : nodes <= Self.roundsLimit ? "prism10" : "prism0"
        scaling = max(Self.defaultScaling, min(nodes, Self.carefulLimit) / Self.nodesPerScalingStep)
        isCoarse = nodes > Self.carefulLimit
    }
}
