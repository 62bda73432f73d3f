"""Makes the small PDFs the reader tests use (pip install reportlab; python3 make_fixtures.py).

Each imitates one trait of UN PDFs: superscript footnote markers and bodies below a rule,
running heads, job numbers and barcodes, two columns, a word hyphenated at a line end,
Chinese text, encryption, and a page with no text layer.
"""
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

W, H = A4
BODY, NOTE, SUP = 10, 8, 6


def furniture(c, page, pages, symbol="A/RES/99/1"):
    c.setFont("Helvetica", 8)
    if page > 1:
        c.drawString(72, H - 40, symbol)
        c.drawRightString(W - 72, H - 40, "Test resolution on footnotes")
    c.drawString(72, 40, f"{page}/{pages}")
    c.drawString(72, 28, "99-12345 (E) 010199")
    c.drawRightString(W - 72, 28, "*9912345*")


def line(c, x, y, parts, font="Helvetica"):
    """Draws text pieces; a piece given as ('sup', '1') is a raised, smaller marker."""
    for part in parts:
        if isinstance(part, tuple):
            c.setFont(font, SUP)
            c.drawString(x, y + 4, part[1])
            x += c.stringWidth(part[1], font, SUP)
        else:
            c.setFont(font, BODY)
            c.drawString(x, y, part)
            x += c.stringWidth(part, font, BODY)


def footnotes_two_columns():
    c = canvas.Canvas("footnotes-two-columns.pdf", pagesize=A4)
    c.setFont("Helvetica", 10)
    line(c, 72, H - 80, ["United Nations"])
    line(c, W - 160, H - 80, ["A/RES/99/1"])
    line(c, 72, H - 120, ["99/1. Test resolution on footnotes"])
    left, right = 72, W / 2 + 30
    y = H - 160
    column = [
        ["Recalling its resolution 48/113 of"],
        ["20 December 1993,", ("sup", "1")],
        ["Taking note of the report of the Sec-"],
        ["retary-General on the matter,", ("sup", "2")],
        ["Welcoming the draft contained in"],
        ["document A/C.2/73/L.2,"],
    ]
    for parts in column:
        line(c, left, y, parts)
        y -= 14
    y = H - 160
    for parts in [["1. Reaffirms its resolution 58/154;"], ["2. Decides to remain seized of"], ["the matter."]]:
        line(c, right, y, parts)
        y -= 14
    c.setFont("Helvetica", 10)
    c.drawString(72, 130, "__________________")
    for k, (number, text) in enumerate([("1", "United Nations, Treaty Series, vol. 189, No. 2545."), ("2", "A/99/50.")]):
        c.setFont("Helvetica", SUP)
        c.drawString(80, 116 - 12 * k + 3, number)
        c.setFont("Helvetica", NOTE)
        c.drawString(88, 116 - 12 * k, text)
    furniture(c, 1, 2)
    c.showPage()
    line(c, 72, H - 100, ["3. Requests the Secretary-General to report on resolution 60/1;", ("sup", "3")])
    c.setFont("Helvetica", 10)
    c.drawString(72, 130, "__________________")
    c.setFont("Helvetica", SUP)
    c.drawString(80, 119, "3")
    c.setFont("Helvetica", NOTE)
    c.drawString(88, 116, "Ibid., vol. 606, No. 8791.")
    furniture(c, 2, 2)
    c.showPage()
    c.save()


def chinese():
    pdfmetrics.registerFont(TTFont("WQY", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", subfontIndex=0))
    c = canvas.Canvas("chinese.pdf", pagesize=A4)
    line(c, 72, H - 80, ["A/RES/58/154"], font="WQY")
    line(c, 72, H - 120, ["58/154. 测试决议"], font="WQY")
    line(c, 72, H - 160, ["大会，"], font="WQY")
    line(c, 72, H - 180, ["回顾其1993年12月20日关于保护难民的第48/113号决议，", ("sup", "1")], font="WQY")
    line(c, 72, H - 200, ["注意到秘书长关于独立国家联合体国家难民问题的报告，"], font="WQY")
    c.setFont("WQY", 10)
    c.drawString(72, 130, "__________________")
    c.setFont("WQY", SUP)
    c.drawString(80, 119, "1")
    c.setFont("WQY", NOTE)
    c.drawString(88, 116, "A/58/12。")
    furniture(c, 1, 1, "A/RES/58/154")
    c.showPage()
    c.save()


def encrypted():
    c = canvas.Canvas("encrypted.pdf", pagesize=A4, encrypt="secret")
    line(c, 72, H - 80, ["Recalling its resolution 48/113,"])
    c.showPage()
    c.save()


def no_text_layer():
    c = canvas.Canvas("scanned.pdf", pagesize=A4)
    for k in range(40):
        c.rect(72, H - 80 - 14 * k, 300 - 3 * k, 8, fill=1)
    c.showPage()
    c.save()


if __name__ == "__main__":
    footnotes_two_columns()
    chinese()
    encrypted()
    no_text_layer()
