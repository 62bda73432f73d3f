"""Makes arabic.docx and, through LibreOffice, arabic.pdf: an Arabic resolution as Word writes it
(right-to-left paragraphs, footnotes in their own part). Run: python3 make_arabic.py
(needs soffice: apt-get install libreoffice-writer-nogui)."""
import os
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from wordml import write_docx  # noqa: E402

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def run(text, rtl=True, size=24, superscript=False):
    props = "<w:rtl/>" if rtl else ""
    props += f'<w:rFonts w:ascii="DejaVu Sans" w:hAnsi="DejaVu Sans" w:cs="DejaVu Sans"/><w:sz w:val="{size}"/><w:szCs w:val="{size}"/>'
    if superscript:
        props += '<w:vertAlign w:val="superscript"/>'
    return f'<w:r><w:rPr>{props}</w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>'


def note(number):
    return (f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/><w:vertAlign w:val="superscript"/></w:rPr>'
            f'<w:footnoteReference w:id="{number}"/></w:r>')


def paragraph(*runs, rtl=True, indent=True):
    props = "<w:bidi/>" if rtl else ""
    if indent:
        props += '<w:ind w:firstLine="720"/>'
    return f"<w:p><w:pPr>{props}</w:pPr>{''.join(runs)}</w:p>"


body = "".join([
    paragraph(run("S/RES/2250 (2015)", rtl=False), rtl=False, indent=False),
    paragraph(run("القرار 2250 (2015)"), indent=False),
    paragraph(run("الذي اتخذه مجلس الأمن في جلسته 7573 المعقودة في 9 كانون الأول/ديسمبر 2015"), indent=False),
    paragraph(run("إن مجلس الأمن،")),
    paragraph(run("إذ يشير إلى قراراته 1325 (2000) و 2242 (2015) و 2178 (2014)،"), note(1)),
    paragraph(run("وإذ يحيط علما بتقرير الأمين العام (S/2015/716)،"), note(2)),
    paragraph(run("وإذ يعيد تأكيد قراره 1624 (2005)،")),
    paragraph(run("1 - يحث الدول الأعضاء على النظر في سبل زيادة تمثيل الشباب؛")),
])
document = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W} {R}><w:body>{body}<w:sectPr/></w:body></w:document>'


def footnote(number, text):
    return (f'<w:footnote w:id="{number}"><w:p><w:pPr><w:bidi/></w:pPr>'
            f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>{run(" " + text, size=20)}</w:p></w:footnote>')


footnotes = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes {W} {R}>'
             '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
             '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
             + footnote(1, "الأمم المتحدة، مجموعة المعاهدات، المجلد 189، الرقم 2545.")
             + footnote(2, "S/2015/716.")
             + "</w:footnotes>")
write_docx("arabic.docx", document, [("footnotes", "footnotes", footnotes)])

subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "arabic.docx"], check=True)
