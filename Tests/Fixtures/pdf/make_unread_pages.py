"""Makes the PDFs of pages whose text is not read (python3 make_unread_pages.py; the standard
library only).

partly-scanned.pdf, a resolution some of whose pages are scanned images without a text layer.
Pages: 1 text (the symbol and a preamble paragraph); 2 and 3 a grey image covering the page (a
scan); 4 blank; 5 text; 6 no text and a small image (a logo: not a scan); 7 a scan again.

damaged-page-tree.pdf, whose page tree counts three pages and names a missing object among them.
"""
from pdf_objects import PDFObjects

W, H = 595, 842
pdf = PDFObjects()


def add(number, body):
    pdf.add(number, body, separator=b"\n")


def stream(number, content, extra=b""):
    add(number, b"<< /Length %d %s>>\nstream\n" % (len(content), extra) + content + b"\nendstream")


def text(lines):
    return b"".join(b"BT /F1 12 Tf 72 %d Td (%s) Tj ET\n" % (760 - 20 * k, line) for k, line in enumerate(lines))


scan = b"q %d 0 0 %d 0 0 cm /Im1 Do Q" % (W, H)
logo = b"q 60 0 0 60 268 700 cm /Im1 Do Q"
contents = [
    text([b"A/RES/58/154", b"The General Assembly,", b"Recalling its resolution 48/113 of 20 December 1993,"]),
    scan,
    scan,
    b"",
    text([b"Noting resolution 57/187 of 18 December 2002,"]),
    logo,
    scan,
]
add(1, b"<< /Type /Catalog /Pages 2 0 R >>")
kids = [10 + 2 * k for k in range(len(contents))]
add(2, b"<< /Type /Pages /Count %d /Kids [%s] >>" % (len(kids), b" ".join(b"%d 0 R" % k for k in kids)))
add(3, b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
stream(4, bytes(range(64, 128)), b"/Type /XObject /Subtype /Image /Width 8 /Height 8 /ColorSpace /DeviceGray /BitsPerComponent 8 ")
for k, content in enumerate(contents):
    add(kids[k], b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Resources << /Font << /F1 3 0 R >> "
                 b"/XObject << /Im1 4 0 R >> >> /Contents %d 0 R >>" % (W, H, kids[k] + 1))
    stream(kids[k] + 1, content)
open("partly-scanned.pdf", "wb").write(pdf.finish(b"/Root 1 0 R"))

pdf = PDFObjects()
add(1, b"<< /Type /Catalog /Pages 2 0 R >>")
add(2, b"<< /Type /Pages /Count 3 /Kids [10 0 R 99 0 R 12 0 R] >>")
add(3, b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
for kid, lines in [(10, [b"A/RES/58/154", b"Recalling its resolution 48/113,"]), (12, [b"Noting resolution 57/187,"])]:
    add(kid, b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Resources << /Font << /F1 3 0 R >> >> "
             b"/Contents %d 0 R >>" % (W, H, kid + 1))
    stream(kid + 1, text(lines))
open("damaged-page-tree.pdf", "wb").write(pdf.finish(b"/Root 1 0 R"))
