"""What every .docx holds beside its XML: the content types of its parts and the relationships
that tie them to the document. Shared by pdf/make_arabic.py and doc/make_doc.py."""
import zipfile

RELATIONSHIP = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
WORDML = "application/vnd.openxmlformats-officedocument.wordprocessingml."


def write_docx(path, document, parts):
    """Writes the .docx `path`: `document` as word/document.xml, and each (name, kind, xml) of
    `parts` as word/<name>.xml, of kind "footnotes", "endnotes" or "header", related to the
    document as rId1, rId2 ... in order."""
    overrides = [("document", "document.main")] + [(name, kind) for name, kind, _ in parts]
    content_types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                     '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                     '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                     '<Default Extension="xml" ContentType="application/xml"/>'
                     + "".join(f'<Override PartName="/word/{name}.xml" ContentType="{WORDML}{kind}+xml"/>' for name, kind in overrides)
                     + '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{RELATIONSHIP}officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    document_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                     '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                     + "".join(f'<Relationship Id="rId{k + 1}" Type="{RELATIONSHIP}{kind}" Target="{name}.xml"/>'
                               for k, (name, kind, _) in enumerate(parts))
                     + '</Relationships>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", content_types)
        archive.writestr("_rels/.rels", rels)
        archive.writestr("word/document.xml", document)
        archive.writestr("word/_rels/document.xml.rels", document_rels)
        for name, _, xml in parts:
            archive.writestr(f"word/{name}.xml", xml)
