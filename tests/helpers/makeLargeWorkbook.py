"""Writes a large .xlsx for the hostile-input tests, at test time (never committed).

usage: makeLargeWorkbook.py <out.xlsx> cells <sheets> <MB of sheet XML per sheet>
       makeLargeWorkbook.py <out.xlsx> picture <MB of picture>
"cells" fills each sheet with random numbers (about 3:1 compression, so the file is large too);
"picture" writes one small sheet and a stored, incompressible picture part of the given size.
"""
import os
import random
import sys
import zipfile

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
SHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"


def package_parts(sheets):
    overrides = "".join(f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="{SHEET_TYPE}"/>' for i in range(1, sheets + 1))
    entries = "".join(f'<sheet name="Báo cáo {i}" sheetId="{i}" r:id="rId{i}"/>' for i in range(1, sheets + 1))
    links = "".join(f'<Relationship Id="rId{i}" Type="{REL}/worksheet" Target="worksheets/sheet{i}.xml"/>' for i in range(1, sheets + 1))
    return {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        '<Default Extension="png" ContentType="image/png"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        f"{overrides}</Types>",
        "_rels/.rels": f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PKG_REL}"><Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{MAIN}" xmlns:r="{REL}"><sheets>{entries}</sheets></workbook>',
        "xl/_rels/workbook.xml.rels": f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PKG_REL}">{links}</Relationships>',
    }


def write_random_sheet(part, megabytes, rnd):
    part.write(f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{MAIN}"><sheetData>'.encode())
    written, row = 0, 0
    while written < megabytes * 1024 * 1024:
        row += 1
        cells = "".join(f'<c r="{column}{row}"><v>{rnd.getrandbits(40)}</v></c>' for column in "ABCDEFGH")
        line = f'<row r="{row}">{cells}</row>'.encode()
        part.write(line)
        written += len(line)
    part.write(b"</sheetData></worksheet>")


def main():
    out, kind = sys.argv[1], sys.argv[2]
    sheets = int(sys.argv[3]) if kind == "cells" else 1
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as package:
        for name, text in package_parts(sheets).items():
            package.writestr(name, text)
        if kind == "cells":
            rnd = random.Random(7)
            for index in range(1, sheets + 1):
                with package.open(f"xl/worksheets/sheet{index}.xml", "w", force_zip64=True) as part:
                    write_random_sheet(part, float(sys.argv[4]), rnd)
        else:
            package.writestr("xl/worksheets/sheet1.xml", f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{MAIN}"><sheetData>'
                             '<row r="1"><c r="A1" t="inlineStr"><is><t>Ảnh chụp báo cáo</t></is></c></row></sheetData></worksheet>')
            info = zipfile.ZipInfo("xl/media/image1.png")
            info.compress_type = zipfile.ZIP_STORED
            with package.open(info, "w", force_zip64=True) as part:
                for _ in range(int(float(sys.argv[3]))):
                    part.write(os.urandom(1024 * 1024))


main()
