"""Makes the Word 97-2003 fixtures: english.docx, a resolution as the Official Document System's
Word files set one out (the masthead in a table, a running head, a footnote, an endnote, a
hyperlink field, a line break and a page break, a non-breaking hyphen, a marker set in
superscript by hand, hidden text, a tracked deletion and insertion), then english.doc and
arabic.doc (from ../pdf/arabic.docx) as LibreOffice saves them in Word 97's format.
Run: python3 make_doc.py (needs soffice: apt-get install libreoffice-writer-nogui)."""
import os
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from wordml import write_docx  # noqa: E402

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def run(text):
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def raised(text):
    return f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:t>{text}</w:t></w:r>'


def paragraph(*runs):
    return f"<w:p>{''.join(runs)}</w:p>"


def note(kind, number):
    return (f'<w:r><w:rPr><w:rStyle w:val="{kind.capitalize()}Reference"/><w:vertAlign w:val="superscript"/></w:rPr>'
            f'<w:{kind}Reference w:id="{number}"/></w:r>')


def cell(text):
    return f'<w:tc><w:tcPr><w:tcW w:w="4500" w:type="dxa"/></w:tcPr>{paragraph(run(text))}</w:tc>'


masthead = ('<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/></w:tblPr><w:tblGrid><w:gridCol w:w="4500"/><w:gridCol w:w="4500"/></w:tblGrid>'
            f'<w:tr>{cell("United Nations")}{cell("A/RES/73/8")}</w:tr>'
            f'<w:tr>{cell("General Assembly")}{cell("Distr.: General")}</w:tr></w:tbl>')
hyperlink = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> HYPERLINK "https://undocs.org/en/A/RES/72/4" </w:instrText></w:r>'
             '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>72/4</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>')
body = "".join([
    masthead,
    paragraph(run("Seventy-third session")),
    paragraph(run("Resolution adopted by the General Assembly on 1 November 2018"), '<w:r><w:br/></w:r>',
              run("[without reference to a Main Committee (A/73/L.3)]")),
    paragraph(run("73/8. Necessity of ending the economic, commercial and financial embargo imposed by the United States of America against Cuba")),
    paragraph(run("The General Assembly,")),
    paragraph(run("Recalling its resolutions 47/19 of 24 November 1992, 71/5 of 26 October 2016 and 72/4 of 1 November 2017,")),
    paragraph(run("Recalling also its resolution ES"), "<w:r><w:noBreakHyphen/></w:r>", run("10/2 of 25 April 1997,")),
    paragraph(run("1. Takes note of the report of the Secretary-General on the implementation of resolution "), hyperlink, run(";"), note("footnote", 1)),
    paragraph('<w:r><w:br w:type="page"/></w:r>', run("2. Takes note also of the note by the Secretariat;"), note("endnote", 1)),
    paragraph(run("3. Notes the report of the Secretary-General"), raised("3"), run(" and its annex"),
              '<w:r><w:rPr><w:vanish/></w:rPr><w:t xml:space="preserve"> (hidden: A/RES/1/1)</w:t></w:r>',
              '<w:del w:id="1" w:author="A" w:date="2018-11-01T00:00:00Z"><w:r><w:delText xml:space="preserve"> and resolution 99/99</w:delText></w:r></w:del>',
              '<w:ins w:id="2" w:author="A" w:date="2018-11-01T00:00:00Z"><w:r><w:t xml:space="preserve"> and resolution 71/5</w:t></w:r></w:ins>',
              run(",")),
    paragraph(run("30th plenary meeting")),
    paragraph(run("1 November 2018")),
])
document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W} {R}><w:body>{body}'
            '<w:sectPr><w:headerReference w:type="default" r:id="rId3"/></w:sectPr></w:body></w:document>')


def notes(kind, text):
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:{kind}s {W} {R}>'
            f'<w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{kind}>'
            f'<w:{kind} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:{kind}>'
            f'<w:{kind} w:id="1"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:{kind}Ref/></w:r>{run(" " + text)}</w:p></w:{kind}>'
            f'</w:{kind}s>')


header = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr {W} {R}>{paragraph(run("A/RES/73/8 (running head)"))}</w:hdr>'
write_docx("english.docx", document, [
    ("footnotes", "footnotes", notes("footnote", "A/73/85.")),
    ("endnotes", "endnotes", notes("endnote", "A/73/86, available at https://undocs.org/A/73/86.")),
    ("header1", "header", header),
])

shutil.copy("../pdf/arabic.docx", "arabic.docx")
subprocess.run(["soffice", "--headless", "--convert-to", "doc:MS Word 97", "english.docx", "arabic.docx"], check=True)
os.remove("arabic.docx")
