"""Makes chinese-pages.pdf, a 100-page Chinese PDF for the PDF benchmark, from chinese.pdf
(python3 make_chinese_pages.py; the standard library only).

Each page sets the two longest lines of chinese.pdf 48 times, in its embedded font (the glyph
codes below are that font's, read from chinese.pdf's page), so that reading it is mostly
per-glyph work on CJK text, as the Chinese version of a long UN document is.
"""
import re

from pdf_objects import PDFObjects

source = open("chinese.pdf", "rb").read()
objects = {int(m.group(1)): m.group(2) for m in re.finditer(rb"(\d+) 0 obj(.*?)endobj", source, re.S)}
# "回顾其1993年12月20日关于保护难民的第48/113号决议，" and "注意到秘书长关于独立国家联合体国家难民问题的报告，"
lines = [
    rb"(\010\011\0121993\01312\01420\015\016\017\020\021\022\023\024\02548/113\026\003\004\007)",
    rb"(\027\030\031\032\033\034\016\017\035\036\037\200\201\202\203\037\200\022\023\204\205\024\206\207\007)",
]
content = b"".join(
    b"BT 1 0 0 1 72 %.2f Tm /F2+0 10 Tf 12 TL %s Tj T* ET\n" % (780 - 14 * k, lines[k % 2]) for k in range(48)
)
pages = 100
pdf = PDFObjects()
add = pdf.add

# Fonts, font file, descriptor, catalog (whose /Pages is 10 0 R) and info, as chinese.pdf has them.
for number in [1, 2, 4, 5, 6, 7, 8, 9]:
    add(number, objects[number])
kids = list(range(20, 20 + pages))
add(10, b"\n<< /Count %d /Kids [ %s ] /Type /Pages >>\n" % (pages, b" ".join(b"%d 0 R" % k for k in kids)))
add(11, b"\n<< /Length %d >>\nstream\n" % len(content) + content + b"endstream\n")
for kid in kids:
    add(kid, b"\n<< /Contents 11 0 R /MediaBox [ 0 0 595.2756 841.8898 ] /Parent 10 0 R "
             b"/Resources << /Font 1 0 R /ProcSet [ /PDF /Text ] >> /Type /Page >>\n")
open("chinese-pages.pdf", "wb").write(pdf.finish(b"/Root 8 0 R /Info 9 0 R"))
