import CPoppler
import Foundation

/// poppler-glib's functions, from the library loaded the first time a PDF is read (see
/// `Sources/CPoppler/shim.h`): a command that reads no PDF does not pay for loading it.
struct Poppler {
    /// The library, loaded once for the process, or why it could not be.
    static let loaded = load(from: libraryNames)

    /// The names poppler-glib goes by: its Linux soname first, then the development link, then macOS's.
    static let libraryNames = ["libpoppler-glib.so.8", "libpoppler-glib.so", "libpoppler-glib.8.dylib", "libpoppler-glib.dylib"]

    /// Loads the first library of `names` the dynamic loader finds, and finds its functions.
    static func load(from names: [String]) -> Result<Poppler, LoadFailure> {
        var api = rg_poppler()
        return DynamicLibrary.load(firstOf: names) { rg_poppler_bind(&api, $0, $1, $2) }.map { Poppler(api: api) }
    }

    /// Why poppler-glib could not be loaded.
    typealias LoadFailure = DynamicLibrary.LoadFailure

    /// Every function of `api` was found by the loader, so the calls below unwrap them.
    let api: rg_poppler

    /// Opens a PDF held in memory; nil with `failure` filled when poppler cannot.
    func open(_ bytes: UnsafeRawBufferPointer, failure: inout rg_pdf_error) -> OpaquePointer? {
        withUnsafePointer(to: api) { rg_pdf_open($0, bytes.baseAddress, bytes.count, &failure) }
    }

    /// Lets go of a document or a page.
    func release(_ object: OpaquePointer) { api.object_unref(UnsafeMutableRawPointer(object)) }

    /// Frees memory poppler handed over.
    func free(_ pointer: UnsafeMutableRawPointer) { api.free(pointer) }

    func pageCount(of document: OpaquePointer) -> Int { Int(api.document_get_n_pages(document)) }

    func page(_ index: Int, of document: OpaquePointer) -> OpaquePointer? { api.document_get_page(document, Int32(index)) }

    func size(of page: OpaquePointer) -> (width: Double, height: Double) {
        var width = 0.0, height = 0.0
        api.page_get_size(page, &width, &height)
        return (width, height)
    }

    func text(of page: OpaquePointer) -> UnsafeMutablePointer<CChar>? { api.page_get_text(page) }

    func layout(of page: OpaquePointer, _ rectangles: inout UnsafeMutablePointer<PopplerRectangle>?, _ count: inout guint) -> Bool {
        api.page_get_text_layout(page, &rectangles, &count) != 0
    }

    func attributes(of page: OpaquePointer) -> UnsafeMutablePointer<GList>? { api.page_get_text_attributes(page) }

    func freeAttributes(_ attributes: UnsafeMutablePointer<GList>) { api.page_free_text_attributes(attributes) }

    /// The share of the page (0 to 1) that its images cover, as their boxes, clipped to the
    /// page, add up (overlaps counted twice, the sum capped at 1).
    func imageCover(of page: OpaquePointer) -> Double {
        let (width, height) = size(of: page)
        guard width > 0, height > 0, let mapping = api.page_get_image_mapping(page) else { return 0 }
        defer { api.page_free_image_mapping(mapping) }
        var covered = 0.0
        var node: UnsafeMutablePointer<GList>? = mapping
        while let current = node {
            let area = current.pointee.data.assumingMemoryBound(to: PopplerImageMapping.self).pointee.area
            let x = max(0, min(width, max(area.x1, area.x2))) - max(0, min(width, min(area.x1, area.x2)))
            let y = max(0, min(height, max(area.y1, area.y2))) - max(0, min(height, min(area.y1, area.y2)))
            covered += x * y
            node = current.pointee.next
        }
        return min(1, covered / (width * height))
    }
}
