"""Writes the DOCX test files with python-docx (PyPI), nothing downloaded:

    python3 -m venv /tmp/docx && /tmp/docx/bin/pip install python-docx
    /tmp/docx/bin/python tests/files/make_docx.py

resume.docx: the contact line in the page header, headings, Word's own list
bullets ("List Bullet", real numbering), a skills table and a text box.
resume.docx.txt holds the text a reader sees. bomb.docx: a document part
that inflates to 64 MB (a zip bomb). not-a-docx.docx: a zip with no
document in it. truncated.docx: the first half of resume.docx."""

import copy
import os
import zipfile

from docx import Document
from docx.oxml import parse_xml

HERE = os.path.dirname(os.path.abspath(__file__))

doc = Document()
header = doc.sections[0].header.paragraphs[0]
header.text = "Priya Raman · priya.raman@example.net · +44 20 7946 0958"

doc.add_heading("Priya Raman", level=0)
doc.add_heading("Experience", level=1)
doc.add_paragraph("Staff Backend Engineer, Tidewater Freight\tJan 2020 – Present")
for bullet in [
    "Sharded the shipment ledger across 12 PostgreSQL nodes, raising write throughput from 4k to 19k rows per second.",
    "Responsible for the quarterly capacity plan.",
    "Introduced Raft-based leader election for the dispatch service, cutting failover from 90 s to 4 s.",
]:
    doc.add_paragraph(bullet, style="List Bullet")
doc.add_paragraph("Backend Engineer, Orchard Health\tJul 2016 – Dec 2019")
for bullet in [
    "Helped with the migration to Kafka.",
    "Cut the nightly batch from 6 hours to 40 minutes by moving joins into Spark.",
]:
    doc.add_paragraph(bullet, style="List Bullet")

doc.add_heading("Skills", level=1)
table = doc.add_table(rows=2, cols=2)
for row, (label, value) in zip(table.rows, [("Languages", "Go, Java, SQL"), ("Systems", "Kafka, PostgreSQL, Kubernetes")]):
    row.cells[0].text = label
    row.cells[1].text = value

# A text box (DrawingML, with the VML fallback Word writes beside it),
# anchored in its own paragraph.
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
box = doc.add_paragraph()
box._p.append(parse_xml(f"""
<w:r xmlns:w="{W}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
     xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
     xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
     xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
     xmlns:v="urn:schemas-microsoft-com:vml">
  <mc:AlternateContent>
    <mc:Choice Requires="wps">
      <w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="1" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">
        <wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>
        <wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>
        <wp:extent cx="3000000" cy="400000"/><wp:wrapNone/><wp:docPr id="10" name="Text Box 10"/>
        <a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
          <wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr/>
            <wps:txbx><w:txbxContent><w:p><w:r><w:t>Certified Kubernetes Administrator, 2022</w:t></w:r></w:p></w:txbxContent></wps:txbx>
            <wps:bodyPr/></wps:wsp>
        </a:graphicData></a:graphic></wp:anchor></w:drawing>
    </mc:Choice>
    <mc:Fallback>
      <w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>Certified Kubernetes Administrator, 2022</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict>
    </mc:Fallback>
  </mc:AlternateContent>
</w:r>"""))

doc.add_heading("Education", level=1)
doc.add_paragraph("M.Sc. Distributed Systems, University of Edinburgh, 2016")

path = os.path.join(HERE, "resume.docx")
doc.save(path)

# A zip bomb: one part that inflates to 64 MB of spaces.
with zipfile.ZipFile(os.path.join(HERE, "bomb.docx"), "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
    z.writestr("[Content_Types].xml", "<Types/>")
    z.writestr("word/document.xml", b" " * (64 * 1024 * 1024))

with zipfile.ZipFile(os.path.join(HERE, "not-a-docx.docx"), "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("notes.txt", "A zip file with no Word document in it.")

with open(path, "rb") as f:
    data = f.read()
with open(os.path.join(HERE, "truncated.docx"), "wb") as f:
    f.write(data[: len(data) // 2])
print("wrote resume.docx, bomb.docx, not-a-docx.docx, truncated.docx")
