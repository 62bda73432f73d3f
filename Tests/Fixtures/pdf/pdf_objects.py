"""Writes a PDF object by object, for the fixture makers that need no PDF library
(make_chinese_pages.py, make_partly_scanned.py)."""


class PDFObjects:
    """A PDF's bytes as its objects are added, then its cross-reference table and trailer."""

    def __init__(self):
        self.out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
        self.offsets = {}

    def add(self, number, body, separator=b""):
        """Adds object `number`, its `body` written between `N 0 obj` and `endobj`."""
        self.offsets[number] = len(self.out)
        self.out.extend(b"%d 0 obj" % number + separator + body + separator + b"endobj\n")

    def finish(self, trailer):
        """The whole file: the objects, the cross-reference table, and a trailer of `trailer`
        (a dictionary's entries, without `/Size`, which is counted here)."""
        size = max(self.offsets) + 1
        xref = len(self.out)
        out = bytearray(self.out)
        out.extend(b"xref\n0 %d\n0000000000 65535 f \n" % size)
        for number in range(1, size):
            out.extend(b"%010d 00000 n \n" % self.offsets[number] if number in self.offsets else b"0000000000 65535 f \n")
        out.extend(b"trailer\n<< %s /Size %d >>\nstartxref\n%d\n%%%%EOF\n" % (trailer, size, xref))
        return bytes(out)
