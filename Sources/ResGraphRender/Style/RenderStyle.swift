import Foundation
import ResGraphExtractor
import ResGraphGraph

/// What the drawing's shapes, colours and lines mean, kept as data; the legend is drawn from it.
public enum RenderStyle {
    /// How a kind of node looks: Graphviz shape and fill colour, and its legend name.
    public struct NodeLook: Sendable {
        /// The Graphviz shape.
        public var shape: String
        /// The fill colour.
        public var fill: String
        /// The name in the legend.
        public var name: String
    }

    /// How a relation's edges look: colour, line style, and its legend name.
    public struct EdgeLook: Sendable {
        /// The line colour.
        public var color: String
        /// The Graphviz line style.
        public var style: String
        /// The name in the legend.
        public var name: String
    }

    /// The look of each kind of node.
    public static func look(of kind: ReferenceKind) -> NodeLook {
        switch kind {
        case .gaResolution: NodeLook(shape: "box", fill: "#cfe2ff", name: "GA resolution")
        case .gaDecision: NodeLook(shape: "box", fill: "#e7f0ff", name: "GA decision")
        case .scResolution: NodeLook(shape: "octagon", fill: "#f8d7da", name: "SC resolution")
        case .ecosocResolution, .ecosocDecision: NodeLook(shape: "hexagon", fill: "#d1e7dd", name: "ECOSOC resolution/decision")
        case .hrcResolution, .hrcDecision, .chrResolution: NodeLook(shape: "house", fill: "#fff3cd", name: "Human rights body")
        case .document: NodeLook(shape: "note", fill: "#f1f3f5", name: "UN document")
        case .treaty: NodeLook(shape: "component", fill: "#e2d9f3", name: "Treaty (UNTS/LNTS)")
        case .publication: NodeLook(shape: "tab", fill: "#fde2c8", name: "UN publication")
        }
    }

    /// The look of each relation's edges.
    public static func look(of relation: Relation) -> EdgeLook {
        switch relation {
        case .recalls: EdgeLook(color: "#1f4e9c", style: "solid", name: "recalls")
        case .reaffirms: EdgeLook(color: "#6f2da8", style: "bold", name: "reaffirms")
        case .notes: EdgeLook(color: "#5c6770", style: "dashed", name: "notes")
        case .welcomes: EdgeLook(color: "#1b7a3a", style: "solid", name: "welcomes")
        case .considers: EdgeLook(color: "#b35c00", style: "solid", name: "considers")
        case .endorses: EdgeLook(color: "#0b7285", style: "bold", name: "endorses")
        case .onReportOf: EdgeLook(color: "#868e96", style: "dotted", name: "on the report of")
        case .cites: EdgeLook(color: "#adb5bd", style: "solid", name: "cites")
        }
    }

    /// Where a node's document can be read: undocs.org for UN symbols, the Treaty Collection
    /// for treaties, the Digital Library for publications (``CanonicalID/documentURL``).
    public static func url(of id: String) -> String? { CanonicalID(id).documentURL }
}
