// The Thai texts of sitegen's diagnostics: the catalogue that `MessageCatalogue.thai` reads.
//
// This is data, kept in a Swift file so that it is part of the program (no resource bundle to
// ship beside the binary). Each entry is two lines:
//
//     en: the English template, exactly as the source code writes the text, each \(…) as {1}, {2}, …
//     th: the Thai text, naming the same placeholders in the order Thai needs them
//
// Entries are grouped under `# Sources/…` headings by the file that makes the message; put a
// new entry under the heading of its file (or add the heading). Texts that several files use
// (phrases such as "a date YYYY-MM-DD" that are placed into other messages) are at the top.
// Values quoted from the clerk's file ('{1}') are carried over as written; write field names,
// keys and commands as the file or the command line spells them. See docs/messages.md.
//
// Tests: MessageCatalogueTests (the catalogue reads cleanly), ThaiMessageCoverageTests (every
// message and hint written in Sources/ has its entry) and BadInputCorpusTests (every diagnostic
// of the bad-input corpus is shown in Thai).
let thaiMessages = #"""
# Shared phrases and hints (several files build messages from them)
en: Did you mean '{1}'? {2}
th: หมายถึง '{1}' หรือไม่ {2}
en: Use one of: {1}.
th: ใช้ค่าใดค่าหนึ่งต่อไปนี้: {1}
en: Keep one of them.
th: เก็บไว้เพียงรายการเดียว
en: Check the two dates.
th: ตรวจสอบวันที่ทั้งสอง
en: Check the two months.
th: ตรวจสอบเดือนทั้งสอง
en: Check the two figures.
th: ตรวจสอบตัวเลขทั้งสอง
en: a text
th: ข้อความ
en: a whole number
th: จำนวนเต็ม
en: true or false
th: true หรือ false
en: a list
th: รายการ
en: a block of fields
th: กลุ่มของช่อง (field)
en: an amount in baht
th: จำนวนเงินเป็นบาท
en: a date YYYY-MM-DD
th: วันที่แบบ YYYY-MM-DD
en: a month YYYY-MM
th: เดือนแบบ YYYY-MM
en: one of {1}
th: ค่าใดค่าหนึ่งของ {1}
en: '{1}'
th: '{1}'
en: each {1}
th: แต่ละ{1}
en: each {1} of '{2}'
th: แต่ละ{1}ของ '{2}'
en: each entry of '{1}'
th: แต่ละรายการของ '{1}'
en: the file cannot be read.
th: อ่านไฟล์ไม่ได้
en: cannot write {1}: {2}
th: เขียนไฟล์ {1} ไม่ได้: {2}
en: cannot replace {1}: {2}
th: แทนที่ {1} ไม่ได้: {2}
en: cannot create the folder {1}: {2}
th: สร้างโฟลเดอร์ {1} ไม่ได้: {2}
en: cannot read {1}
th: อ่าน {1} ไม่ได้
en: fiscal year {1}
th: ปีงบประมาณ {1}
en: fiscal years {1} and {2}
th: ปีงบประมาณ {1} และ {2}
en: every fiscal year of the plan ({1})
th: ทุกปีงบประมาณของแผน ({1})

# Audit/Catalogue.swift
en: the OIT catalogue file cannot be read.
th: อ่านไฟล์รายการตรวจ OIT ไม่ได้
en: the OIT catalogue is empty.
th: ไฟล์รายการตรวจ OIT ว่างเปล่า
en: item {1}: {2}
th: ข้อ {1}: {2}
en: the OIT catalogue is not valid YAML: {1}
th: ไฟล์รายการตรวจ OIT ไม่ใช่ YAML ที่ถูกต้อง: {1}
en: '{1}' is not a value of {2}.
th: '{1}' ไม่ใช่ค่าที่ใช้ได้ของ {2}
en: the OIT catalogue has no '{1}'.
th: ไฟล์รายการตรวจ OIT ไม่มี '{1}'
en: an entry of '{1}' is incomplete (each needs its number/id, Thai title and rule).
th: มีรายการใน '{1}' ที่ไม่ครบ (แต่ละรายการต้องมีเลขข้อ/id ชื่อภาษาไทย และกฎการตรวจ)
en: sitegen has no check named '{1}'.
th: sitegen ไม่มีการตรวจชื่อ '{1}'

# DataReading/CSVRowReader.swift
en: expected a month YYYY-MM, but found {1}.
th: ต้องเป็นเดือนแบบ YYYY-MM แต่พบ {1}
en: Add a column named {1} to the first row, with {2} in every row.
th: เพิ่มคอลัมน์ชื่อ {1} ในแถวแรก และใส่{2}ในทุกแถว
en: Write {1} in this cell.
th: ใส่{1}ในช่องนี้
en: Write digits with at most two decimals, for example 16000 or 1,510,000.50.
th: เขียนเป็นตัวเลข ทศนิยมไม่เกินสองตำแหน่ง เช่น 16000 หรือ 1,510,000.50
en: Amounts of money cannot be below zero.
th: จำนวนเงินติดลบไม่ได้
en: Write the date with a Christian-era year, for example 2025-01-15 for 15 มกราคม 2568. In the spreadsheet, format the column as text before exporting.
th: เขียนวันที่เป็นปี ค.ศ. เช่น 2025-01-15 สำหรับ 15 มกราคม 2568 ในโปรแกรมตารางคำนวณ ให้ตั้งรูปแบบคอลัมน์เป็นข้อความ (text) ก่อนส่งออกไฟล์
en: Dates in data files use the Christian era (YYYY-MM-DD); the site shows them in B.E.
th: วันที่ในไฟล์ข้อมูลใช้ปี ค.ศ. (YYYY-MM-DD) เว็บไซต์จะแสดงเป็นปี พ.ศ. ให้เอง
en: Check the day and month; months run 01–12 and February has 28 days (29 in leap years).
th: ตรวจสอบวันและเดือน เดือนมีได้ 01–12 และเดือนกุมภาพันธ์มี 28 วัน (29 วันในปีอธิกสุรทิน)
en: column {1} of the first row has no name.
th: คอลัมน์ที่ {1} ในแถวแรกไม่มีชื่อ
en: Name every column in the first row: {1}.
th: ตั้งชื่อทุกคอลัมน์ในแถวแรก: {1}
en: the column '{1}' appears twice in the first row.
th: คอลัมน์ '{1}' มีซ้ำสองครั้งในแถวแรก
en: Known columns: {1}.
th: คอลัมน์ที่ใช้ได้: {1}
en: unknown column '{1}'.
th: ไม่รู้จักคอลัมน์ '{1}'
en: the CSV file has no column '{1}'.
th: ไฟล์ CSV ไม่มีคอลัมน์ '{1}'
en: Add a column named {1} to the first row. Columns: {2}.
th: เพิ่มคอลัมน์ชื่อ {1} ในแถวแรก คอลัมน์ที่มีอยู่: {2}

# DataReading/CSVTable.swift
en: a quoted field that starts on this line is never closed.
th: ค่าที่เปิดเครื่องหมายคำพูด (") ในบรรทัดนี้ไม่มีการปิด
en: Check for a missing closing " in this row; re-export the sheet as CSV (UTF-8).
th: ตรวจหาเครื่องหมาย " ปิดที่ขาดไปในแถวนี้ หรือส่งออกแผ่นงานใหม่เป็น CSV (UTF-8)
en: The first row must name the columns.
th: แถวแรกต้องเป็นชื่อคอลัมน์
en: the CSV file is empty.
th: ไฟล์ CSV ว่างเปล่า

# DataReading/MappingReader+Values.swift
en: expected an amount in baht, but found {1}.
th: ต้องเป็นจำนวนเงินเป็นบาท แต่พบ {1}
en: '{1}' is not an amount of money.
th: '{1}' ไม่ใช่จำนวนเงิน
en: the amount {1} is negative.
th: จำนวนเงิน {1} ติดลบ
en: {1} looks like a Christian-era year; fiscal years are written in the Buddhist era.
th: {1} ดูเหมือนเป็นปี ค.ศ. ปีงบประมาณต้องเขียนเป็นปี พ.ศ.
en: Write {1} for fiscal year {2} (1 October {3} – 30 September {4}).
th: เขียน {1} สำหรับปีงบประมาณ {2} (1 ตุลาคม {3} – 30 กันยายน {4})
en: Write a B.E. year such as 2568.
th: เขียนปี พ.ศ. เช่น 2568
en: {1} is not a plausible fiscal year.
th: {1} ไม่น่าจะเป็นปีงบประมาณที่ถูกต้อง
en: a span of B.E. years such as 2566-2570
th: ช่วงปี พ.ศ. เช่น 2566-2570
en: Write the first and last B.E. year, for example 2566-2570.
th: เขียนปี พ.ศ. แรกและปีสุดท้าย เช่น 2566-2570
en: expected a span of years such as 2566-2570.
th: ต้องเป็นช่วงปี เช่น 2566-2570
en: '{1}' is not a span of years.
th: '{1}' ไม่ใช่ช่วงปี
en: '{1}' looks like Christian-era years; plans are dated in the Buddhist era.
th: '{1}' ดูเหมือนเป็นปี ค.ศ. แผนต้องระบุปีเป็น พ.ศ.
en: Write {1}-{2}.
th: เขียน {1}-{2}
en: Write 0 or a positive whole number.
th: เขียน 0 หรือจำนวนเต็มบวก
en: {1} is negative; a count cannot be below zero.
th: {1} ติดลบ จำนวนนับติดลบไม่ได้
en: '{1}' is not an address on this site.
th: '{1}' ไม่ใช่ที่อยู่หน้าในเว็บไซต์นี้
en: Write the page's address from the site root, for example {1}.
th: เขียนที่อยู่ของหน้าโดยเริ่มจากรากของเว็บไซต์ เช่น {1}
en: the required field '{1}' is missing.
th: ไม่มีช่อง (field) '{1}' ซึ่งต้องกรอก
en: Add a line '{1}: …' with {2}.
th: เพิ่มบรรทัด '{1}: …' ระบุ{2}

# DataReading/TextFile.swift
en: this is not a regular file, so it cannot be read as text.
th: รายการนี้ไม่ใช่ไฟล์ปกติ จึงอ่านเป็นข้อความไม่ได้
en: Replace it with an ordinary text file saved as UTF-8.
th: แทนที่ด้วยไฟล์ข้อความธรรมดาที่บันทึกแบบ UTF-8
en: the file is {1} MB, larger than the limit of 20 MB for a page or data file.
th: ไฟล์มีขนาด {1} MB เกินขนาดสูงสุด 20 MB ของไฟล์หน้าเว็บหรือไฟล์ข้อมูล
en: Split it into several files (for example one per fiscal year), or put large documents in files/ as attachments.
th: แบ่งเป็นหลายไฟล์ (เช่น ไฟล์ละหนึ่งปีงบประมาณ) หรือนำเอกสารขนาดใหญ่ไปไว้ใน files/ เป็นไฟล์แนบ
en: Check that the file exists and that you may read it.
th: ตรวจสอบว่ามีไฟล์นี้อยู่ และมีสิทธิ์อ่านไฟล์
en: the file contains a NUL byte, so it is not a text file.
th: ไฟล์มีอักขระ NUL จึงไม่ใช่ไฟล์ข้อความ
en: Open the file in a text editor and save it again as UTF-8 text, or re-export it.
th: เปิดไฟล์ด้วยโปรแกรมแก้ไขข้อความแล้วบันทึกใหม่แบบ UTF-8 หรือส่งออกไฟล์ใหม่
en: the file is not valid UTF-8 text (for example a file saved as TIS-620 or Windows-874).
th: ไฟล์ไม่ใช่ข้อความ UTF-8 ที่ถูกต้อง (เช่น ไฟล์ที่บันทึกแบบ TIS-620 หรือ Windows-874)
en: Save the file again with the encoding set to UTF-8.
th: บันทึกไฟล์ใหม่โดยตั้งการเข้ารหัส (encoding) เป็น UTF-8
en: '{1}' is outside the site folder; sitegen reads only files inside it.
th: '{1}' อยู่นอกโฟลเดอร์เว็บไซต์ sitegen อ่านเฉพาะไฟล์ที่อยู่ในโฟลเดอร์เว็บไซต์
en: Copy the file into the site folder and write its path relative to it.
th: คัดลอกไฟล์มาไว้ในโฟลเดอร์เว็บไซต์ แล้วเขียนตำแหน่งไฟล์โดยนับจากโฟลเดอร์เว็บไซต์
en: the file '{1}' does not exist in the site folder.
th: ไม่พบไฟล์ '{1}' ในโฟลเดอร์เว็บไซต์
en: Write the path relative to the site folder, for example ita/oit-2568.yaml.
th: เขียนตำแหน่งไฟล์โดยนับจากโฟลเดอร์เว็บไซต์ เช่น ita/oit-2568.yaml
en: '*' starts a YAML alias here; sitegen files do not use anchors (&name) or aliases (*name).
th: เครื่องหมาย '*' ตรงนี้เป็นการเริ่ม alias ของ YAML ไฟล์ของ sitegen ไม่ใช้ anchor (&name) หรือ alias (*name)
en: Write the value out in full. A text that starts with '*' must be put in quotes.
th: เขียนค่าให้ครบถ้วน ข้อความที่ขึ้นต้นด้วย '*' ต้องอยู่ในเครื่องหมายคำพูด

# DataReading/YAMLReader.swift
en: a tab character is used for indentation; YAML allows only spaces there.
th: มีการใช้ปุ่ม Tab ในการย่อหน้า YAML ยอมให้ย่อหน้าด้วยช่องว่าง (space) เท่านั้น
en: Replace the tab at the start of the line with spaces (two per level).
th: เปลี่ยน Tab ที่ต้นบรรทัดเป็นช่องว่าง (ระดับละสองช่อง)
en: Write the value out in full. A text that starts with '*' must be put in quotes, for example note: '*ราคารวมภาษี'.
th: เขียนค่าให้ครบถ้วน ข้อความที่ขึ้นต้นด้วย '*' ต้องอยู่ในเครื่องหมายคำพูด เช่น note: '*ราคารวมภาษี'
en: cannot read the YAML: {1}
th: อ่าน YAML ไม่ได้: {1}
en: Check the indentation (spaces only, the same for every key at one level), that every quote that opens also closes, and that a text containing ': ' is put in quotes.
th: ตรวจการย่อหน้า (ใช้ช่องว่างเท่านั้น และทุกช่องในระดับเดียวกันย่อหน้าเท่ากัน) ตรวจว่าเครื่องหมายคำพูดที่เปิดมีการปิด และข้อความที่มี ': ' อยู่ในเครื่องหมายคำพูด
en: the YAML is nested too deeply: more than 1,000 lists or blocks inside each other.
th: YAML ซ้อนกันลึกเกินไป: มีรายการหรือกลุ่มซ้อนกันเกิน 1,000 ชั้น
en: the YAML is malformed: {1}
th: YAML เขียนไม่ถูกต้อง: {1}
en:  ({1} that starts on line {2})
th:  ({1} ที่เริ่มที่บรรทัด {2})
en: a value that starts with '*' or '&' must be put in quotes: YAML reads '*' as an alias and '&' as an anchor.
th: ค่าที่ขึ้นต้นด้วย '*' หรือ '&' ต้องอยู่ในเครื่องหมายคำพูด เพราะ YAML อ่าน '*' เป็น alias และ '&' เป็น anchor
en: Put the text in quotes, for example note: '*ราคารวมภาษี'.
th: ใส่ข้อความในเครื่องหมายคำพูด เช่น note: '*ราคารวมภาษี'
en: the key {1} appears more than once in the same block.
th: ช่อง (key) {1} มีซ้ำมากกว่าหนึ่งครั้งในกลุ่มเดียวกัน
en: Keep one of them: a second one would silently replace the first.
th: เก็บไว้เพียงรายการเดียว เพราะรายการที่สองจะแทนที่รายการแรกโดยไม่แจ้ง
en: the file cannot be read as text: {1}.
th: อ่านไฟล์เป็นข้อความไม่ได้: {1}
en: Save the file as UTF-8 text.
th: บันทึกไฟล์เป็นข้อความแบบ UTF-8
en: {1} must be a list of 'key: value' lines, but it is {2}.
th: {1} ต้องเป็นบรรทัดแบบ 'key: value' แต่พบเป็น {2}
en: Write one 'key: value' per line, each indented the same (see the reference in docs/data/ or README).
th: เขียน 'key: value' บรรทัดละหนึ่งช่อง ย่อหน้าเท่ากันทุกบรรทัด (ดูคู่มือใน docs/data/ หรือ README)
en: Known fields here: {1}.
th: ช่อง (field) ที่ใช้ได้ตรงนี้: {1}
en: unknown field '{1}'.
th: ไม่รู้จักช่อง (field) '{1}'
en: Write {1} after '{2}:'.
th: เขียน{1}ต่อจาก '{2}:'
en: the field is empty.
th: ช่องนี้ว่างเปล่า
en: expected {1}, but found {2}.
th: ต้องเป็น{1} แต่พบ {2}
en: Write {1} on the same line after '{2}:', without '- ' or brackets; put it in quotes if it contains ': '.
th: เขียน{1}ในบรรทัดเดียวกันต่อจาก '{2}:' โดยไม่มี '- ' หรือวงเล็บ และใส่เครื่องหมายคำพูดถ้ามี ': '
en: '{1}' is not a whole number.
th: '{1}' ไม่ใช่จำนวนเต็ม
en: Write digits only, for example 10.
th: เขียนเป็นตัวเลขเท่านั้น เช่น 10
en: '{1}' is not true or false.
th: '{1}' ไม่ใช่ true หรือ false
en: Write true or false.
th: เขียน true หรือ false
en: '{1}' is not an allowed value.
th: '{1}' ไม่ใช่ค่าที่ใช้ได้
en: each entry of the list must be a text, but one is {1}.
th: ทุกรายการในลิสต์ต้องเป็นข้อความ แต่มีรายการหนึ่งเป็น {1}
en: Write the list as [a, b] or as lines starting with '- ', each entry a plain text.
th: เขียนลิสต์แบบ [a, b] หรือเป็นบรรทัดที่ขึ้นต้นด้วย '- ' แต่ละรายการเป็นข้อความธรรมดา
en: expected a list, but found {1}.
th: ต้องเป็นลิสต์ (รายการ) แต่พบ {1}
en: Write the list as [a, b] or as lines starting with '- '.
th: เขียนลิสต์แบบ [a, b] หรือเป็นบรรทัดที่ขึ้นต้นด้วย '- '
en: Write each entry on its own line starting with '- '.
th: เขียนแต่ละรายการในบรรทัดของตัวเอง ขึ้นต้นด้วย '- '
en: '{1}' is not a date in the form YYYY-MM-DD.
th: '{1}' ไม่ใช่วันที่แบบ YYYY-MM-DD
en: Write the date with a Christian-era year, for example 2025-01-15 for 15 มกราคม 2568.
th: เขียนวันที่เป็นปี ค.ศ. เช่น 2025-01-15 สำหรับ 15 มกราคม 2568
en: the year {1} looks like a Buddhist-era year; it was read as {2} C.E.
th: ปี {1} ดูเหมือนเป็นปี พ.ศ. ระบบอ่านเป็นปี ค.ศ. {2}
en: '{1}' is not a real date (month {2}, day {3}).
th: '{1}' ไม่ใช่วันที่ที่มีจริง (เดือน {2} วันที่ {3})
en: sitegen's files need only a few levels. Look for '[' or '{' that repeat or never close, or for lines indented further and further.
th: ไฟล์ของ sitegen ต้องการเพียงไม่กี่ชั้น ตรวจหา '[' หรือ '{' ที่ซ้ำกันหรือไม่มีการปิด หรือบรรทัดที่ย่อหน้าลึกลงไปเรื่อย ๆ

# Importing/EGPImport.swift
en: Check the file's name and that it exists.
th: ตรวจสอบชื่อไฟล์และว่ามีไฟล์นี้อยู่จริง
en: the file could not be written ({1}).
th: เขียนไฟล์ไม่ได้ ({1})
en: Check that the folder may be written to.
th: ตรวจสอบว่ามีสิทธิ์เขียนไฟล์ลงในโฟลเดอร์นั้น
en: the file is not JSON as the e-GP service saves it ({1}).
th: ไฟล์นี้ไม่ใช่ JSON แบบที่ระบบ e-GP บันทึกให้ ({1})
en: Save the service's answer again, unchanged, as a .json file.
th: บันทึกข้อมูลที่ได้จากระบบใหม่เป็นไฟล์ .json โดยไม่แก้ไข
en: the file has no list 'result' of projects.
th: ไฟล์ไม่มีรายการโครงการ 'result'
en: Save the whole answer of the e-GP service, which lists the projects under "result".
th: บันทึกข้อมูลทั้งหมดที่ได้จากระบบ e-GP ซึ่งมีรายการโครงการอยู่ใต้ "result"
en: project {1} of 'result' is not a record.
th: โครงการที่ {1} ใน 'result' ไม่ใช่ระเบียนข้อมูล (record)
en: project {1}: '{2}' is not an amount of money; the project was left out.
th: โครงการ {1}: '{2}' ไม่ใช่จำนวนเงิน จึงไม่ได้นำเข้าโครงการนี้

# Importing/YearFiles.swift
en: the file is not a list of 'key: value' lines.
th: ไฟล์ไม่ได้เป็นบรรทัดแบบ 'key: value'
en: Correct the file so that it builds, then import again.
th: แก้ไฟล์ให้สร้างเว็บไซต์ได้ก่อน แล้วนำเข้าอีกครั้ง
en: the file is of kind '{1}', not procurement.
th: ไฟล์นี้เป็นชนิด (kind) '{1}' ไม่ใช่ procurement
en: Procurement of fiscal year {1} is imported into {2}; move this file elsewhere.
th: ข้อมูลจัดซื้อจัดจ้างปีงบประมาณ {1} จะนำเข้าไปที่ {2} ให้ย้ายไฟล์นี้ไปไว้ที่อื่น
en: items_csv '{1}' is outside the site folder.
th: items_csv '{1}' อยู่นอกโฟลเดอร์เว็บไซต์
en: this year's items are written in the YAML file itself; the import writes a CSV table.
th: รายการของปีนี้เขียนไว้ในไฟล์ YAML เอง แต่การนำเข้าจะเขียนเป็นตาราง CSV
en: Move the items into {1} and write 'items_csv: {2}' instead of 'items:', then import again.
th: ย้ายรายการไปไว้ใน {1} และเขียน 'items_csv: {2}' แทน 'items:' แล้วนำเข้าอีกครั้ง

# Markdown/Markdown.swift
en: this line has more than {1} '|' characters, so the page is shown without tables.
th: บรรทัดนี้มีเครื่องหมาย '|' เกิน {1} ตัว หน้านี้จึงแสดงโดยไม่มีตาราง
en: A table may have at most {1} columns; split the table, or write '\|' for a '|' that is not a column border.
th: ตารางมีได้ไม่เกิน {1} คอลัมน์ ให้แบ่งตาราง หรือเขียน '\|' แทน '|' ที่ไม่ใช่เส้นแบ่งคอลัมน์

# OpenData/OpenDataPublication.swift
en: the open data of this dataset would be written at /data/{1}.csv, already used by {2}.
th: ข้อมูลเปิดของชุดข้อมูลนี้จะถูกเขียนที่ /data/{1}.csv ซึ่ง {2} ใช้อยู่แล้ว
en: Rename the data file: its path below data/, with / read as -, names its downloads.
th: เปลี่ยนชื่อไฟล์ข้อมูล: ชื่อไฟล์ดาวน์โหลดมาจากตำแหน่งไฟล์ใต้ data/ โดยเปลี่ยน / เป็น -
en: a second procurement list of the fiscal year {1} would be published at {2}, already used by {3}.
th: รายการจัดซื้อจัดจ้างชุดที่สองของปีงบประมาณ {1} จะถูกเผยแพร่ที่ {2} ซึ่ง {3} ใช้อยู่แล้ว
en: Keep one procurement list per fiscal year.
th: ให้มีรายการจัดซื้อจัดจ้างปีงบประมาณละหนึ่งชุด

# Province/Dashboard.swift
en: no report to make the dashboard of.
th: ไม่มีรายงานให้สร้างหน้าสรุป (dashboard)
en: Name the JSON reports of check --sites --format json or build --sites --report: sitegen report dashboard a.json b.json --output oit-dashboard
th: ระบุรายงาน JSON ของ check --sites --format json หรือ build --sites --report: sitegen report dashboard a.json b.json --output oit-dashboard
en: Check the disk space and permissions of the output folder; the dashboard there was left as it was.
th: ตรวจสอบพื้นที่ดิสก์และสิทธิ์ของโฟลเดอร์ผลลัพธ์ แดชบอร์ดเดิมในโฟลเดอร์นั้นยังไม่ถูกเปลี่ยน

# Province/SitesBuild.swift
en: {1} '{2}' overlaps the sites folder '{3}'.
th: {1} '{2}' ซ้อนทับกับโฟลเดอร์เว็บไซต์ '{3}'
en: Choose a folder outside the sites folder, such as public-sites/ beside it: what is published there is replaced whole.
th: เลือกโฟลเดอร์ที่อยู่นอกโฟลเดอร์เว็บไซต์ เช่น public-sites/ ที่อยู่ข้างกัน เพราะสิ่งที่อยู่ในโฟลเดอร์นั้นจะถูกแทนที่ทั้งหมด

# Province/SitesFolder.swift
en: --shard '{1}' is not of the form K/N.
th: --shard '{1}' ไม่ได้อยู่ในรูปแบบ K/N
en: Write the share to take and the number of shares, such as --shard 2/8 for the second of eight.
th: เขียนส่วนที่จะทำและจำนวนส่วนทั้งหมด เช่น --shard 2/8 สำหรับส่วนที่สองจากแปดส่วน
en: --shard {1}: K must be between 1 and N, and N at least 1.
th: --shard {1}: K ต้องอยู่ระหว่าง 1 ถึง N และ N ต้องไม่น้อยกว่า 1
en: With N shares, run --shard 1/N, --shard 2/N … --shard N/N, one per machine or job.
th: เมื่อแบ่งเป็น N ส่วน ให้สั่ง --shard 1/N, --shard 2/N … --shard N/N เครื่องละหนึ่งส่วนหรืองานละหนึ่งส่วน
en: the sites folder '{1}' does not exist.
th: ไม่พบโฟลเดอร์เว็บไซต์ '{1}'
en: Give the folder that holds one sub-folder per agency, each with content/site.yaml or site.yaml.
th: ระบุโฟลเดอร์ที่มีโฟลเดอร์ย่อยหน่วยงานละหนึ่งโฟลเดอร์ แต่ละโฟลเดอร์มี content/site.yaml หรือ site.yaml
en: '{1}' is a file, not a folder of sites.
th: '{1}' เป็นไฟล์ ไม่ใช่โฟลเดอร์ของเว็บไซต์
en: Give the folder that holds one sub-folder per agency; to audit one site, use --source.
th: ระบุโฟลเดอร์ที่มีโฟลเดอร์ย่อยหน่วยงานละหนึ่งโฟลเดอร์ ถ้าจะตรวจเว็บไซต์เดียวให้ใช้ --source
en: Check its permissions.
th: ตรวจสอบสิทธิ์การเข้าถึง
en: the sites folder '{1}' cannot be read.
th: อ่านโฟลเดอร์เว็บไซต์ '{1}' ไม่ได้
en: no site in '{1}': {2}.
th: ไม่พบเว็บไซต์ใน '{1}': {2}
en: it has no sub-folders
th: ไม่มีโฟลเดอร์ย่อย
en: none of its {1} sub-folder(s) holds content/site.yaml or site.yaml
th: โฟลเดอร์ย่อยทั้ง {1} โฟลเดอร์ไม่มี content/site.yaml หรือ site.yaml
en: Give the folder that holds one sub-folder per agency, each a project (content/site.yaml) or a site folder (site.yaml).
th: ระบุโฟลเดอร์ที่มีโฟลเดอร์ย่อยหน่วยงานละหนึ่งโฟลเดอร์ แต่ละโฟลเดอร์เป็นโปรเจกต์ (content/site.yaml) หรือโฟลเดอร์เว็บไซต์ (site.yaml)
en: the themes shared by the sites, not a site
th: ธีมที่เว็บไซต์ทุกแห่งใช้ร่วมกัน ไม่ใช่เว็บไซต์
en: not a site: it holds neither content/site.yaml nor site.yaml
th: ไม่ใช่เว็บไซต์ เพราะไม่มีทั้ง content/site.yaml และ site.yaml

# Province/SitesMerge.swift
en: Name the JSON reports of check --sites --format json, one per shard: sitegen report merge a.json b.json > all.json
th: ระบุรายงาน JSON ของ check --sites --format json ส่วนละหนึ่งไฟล์: sitegen report merge a.json b.json > all.json
en: no report to merge.
th: ไม่มีรายงานให้รวม
en: Check that the temporary folder (TMPDIR) is writable and has space.
th: ตรวจสอบว่าโฟลเดอร์ชั่วคราว (TMPDIR) เขียนได้และมีพื้นที่ว่าง
en: cannot create a temporary file in {1}.
th: สร้างไฟล์ชั่วคราวใน {1} ไม่ได้
en: Merge the reports as check --sites wrote them.
th: รวมรายงานตามที่ check --sites เขียนไว้ โดยไม่แก้ไข
en: {1}: field 'as_of': '{2}' is not a date.
th: {1}: ช่อง 'as_of': '{2}' ไม่ใช่วันที่
en: {1} audits ITA {2} as of {3}, but {4} audits ITA {5} as of {6}.
th: {1} ตรวจ ITA {2} ณ วันที่ {3} แต่ {4} ตรวจ ITA {5} ณ วันที่ {6}
en: Merge only the shards of one run: give every shard the same --ita-year and --as-of (set --as-of explicitly, so shards that run on different days agree).
th: รวมเฉพาะส่วนของการตรวจครั้งเดียวกัน: ให้ทุกส่วนใช้ --ita-year และ --as-of เดียวกัน (ระบุ --as-of ให้ชัด เพื่อให้ส่วนที่ตรวจต่างวันกันตรงกัน)
en: the site '{1}' is in two reports: {2} and {3}.
th: เว็บไซต์ '{1}' อยู่ในรายงานสองฉบับ: {2} และ {3}
en: Give each shard's report once; shards of one split never share a site.
th: ระบุรายงานของแต่ละส่วนเพียงครั้งเดียว ส่วนต่าง ๆ ของการแบ่งเดียวกันไม่มีเว็บไซต์ซ้ำกัน
en: {1} is a report of all its sites, the others of one shard each.
th: {1} เป็นรายงานของทุกเว็บไซต์ แต่ฉบับอื่นเป็นรายงานฉบับละหนึ่งส่วน
en: Merge the shards of one split, or whole reports of separate folders, not both.
th: รวมส่วนต่าง ๆ ของการแบ่งเดียวกัน หรือรวมรายงานทั้งฉบับของโฟลเดอร์ต่างกัน อย่างใดอย่างหนึ่ง
en: {1} is shard {2} but {3} is shard {4}: they come from different splits.
th: {1} เป็นส่วน {2} แต่ {3} เป็นส่วน {4}: มาจากการแบ่งคนละครั้ง
en: Merge the N reports of one split, made with --shard 1/N … N/N.
th: รวมรายงาน N ฉบับของการแบ่งเดียวกัน ที่ทำด้วย --shard 1/N … N/N
en: Give each shard's report once.
th: ระบุรายงานของแต่ละส่วนเพียงครั้งเดียว
en: {1} and {2} are both shard {3}.
th: {1} และ {2} เป็นส่วน {3} ทั้งคู่
en: shard(s) {1} missing: the merged report would leave out their sites.
th: ขาดส่วนที่ {1}: รายงานที่รวมแล้วจะไม่มีเว็บไซต์ของส่วนนั้น
en: Merge the reports of all {1} shards (--shard 1/{2} … {3}/{4}).
th: รวมรายงานของทั้ง {1} ส่วน (--shard 1/{2} … {3}/{4})
en: Check the file name; it is the output of check --sites --format json.
th: ตรวจสอบชื่อไฟล์ ต้องเป็นผลลัพธ์ของ check --sites --format json
en: the report '{1}' cannot be read.
th: อ่านรายงาน '{1}' ไม่ได้
en: {1} is a '{2}' document, not a report over many sites ({3}).
th: {1} เป็นเอกสารแบบ '{2}' ไม่ใช่รายงานของหลายเว็บไซต์ ({3})
en: Merge the output of check --sites --format json; a single site's report (check --format json) cannot be merged.
th: รวมผลลัพธ์ของ check --sites --format json รายงานของเว็บไซต์เดียว (check --format json) รวมไม่ได้
en: {1} is not a {2} report: {3}.
th: {1} ไม่ใช่รายงานแบบ {2}: {3}
en: Merge the reports check --sites --format json wrote, unchanged.
th: รวมรายงานที่ check --sites --format json เขียนไว้ โดยไม่แก้ไข

# Publish/Publisher.swift
en: the output path {1} exists and is not a folder
th: มี {1} อยู่แล้วและไม่ใช่โฟลเดอร์
en: cannot create the staging folder {1}: {2}
th: สร้างโฟลเดอร์พักไฟล์ {1} ไม่ได้: {2}
en: the generated file '{1}' would be written outside the output folder
th: ไฟล์ที่สร้าง '{1}' จะถูกเขียนออกไปนอกโฟลเดอร์ผลลัพธ์
en: cannot move the new site into {1}: {2}
th: ย้ายเว็บไซต์ใหม่ไปไว้ใน {1} ไม่ได้: {2}

# Render/ContextBuilder.swift
en: the page '{1}' made from this data has the address part '{2}', which cannot be used in a URL.
th: หน้า '{1}' ที่สร้างจากข้อมูลนี้มีส่วนของที่อยู่เป็น '{2}' ซึ่งใช้ใน URL ไม่ได้
en: Only lowercase letters a–z, digits and single hyphens can be used; check the codes in the data file.
th: ใช้ได้เฉพาะอักษร a–z ตัวเล็ก ตัวเลข และขีด (-) ทีละตัว ตรวจสอบรหัสในไฟล์ข้อมูล
en: the page '{1}' made from this data would be written at {2}, which is already used.
th: หน้า '{1}' ที่สร้างจากข้อมูลนี้จะถูกเขียนที่ {2} ซึ่งมีการใช้อยู่แล้ว
en: Give the entries distinct codes, or rename the page at that address.
th: ให้รหัสแต่ละรายการไม่ซ้ำกัน หรือเปลี่ยนชื่อหน้าที่อยู่ที่ที่อยู่นั้น

# Render/MarkdownFiles.swift
en: the image
th: รูปภาพ
en: the file
th: ไฟล์
en: The page's address is {1}, so '{2}' means /{3}. The file is at /{4}: write '/{5}'.
th: ที่อยู่ของหน้านี้คือ {1} ดังนั้น '{2}' หมายถึง /{3} ไฟล์อยู่ที่ /{4} ให้เขียน '/{5}'
en: Put the file in the site folder at {1}, or correct the address.
th: นำไฟล์มาไว้ในโฟลเดอร์เว็บไซต์ที่ {1} หรือแก้ที่อยู่ให้ถูกต้อง
en: {1} '{2}' does not exist in the site (it would be /{3}).
th: {1} '{2}' ไม่มีอยู่ในเว็บไซต์ (ที่อยู่จะเป็น /{3})

# Render/SiteRenderer.swift
en: the template '{1}' could not render the page {2}.
th: แม่แบบ (template) '{1}' สร้างหน้า {2} ไม่สำเร็จ
en: Check that the theme has templates/{1}.mustache.
th: ตรวจสอบว่าธีมมีไฟล์ templates/{1}.mustache
en: this page's address, /search/, is the address of the site's search page.
th: ที่อยู่ของหน้านี้ /search/ เป็นที่อยู่ของหน้าค้นหาของเว็บไซต์
en: Give the page another address: rename its file or folder.
th: ให้หน้านี้ใช้ที่อยู่อื่น โดยเปลี่ยนชื่อไฟล์หรือโฟลเดอร์
en: the template '{1}' could not render.
th: แม่แบบ (template) '{1}' สร้างผลลัพธ์ไม่สำเร็จ
en: this file would overwrite the generated page /{1}.
th: ไฟล์นี้จะเขียนทับหน้า /{1} ที่ระบบสร้างขึ้น
en: Rename or move the file.
th: เปลี่ยนชื่อหรือย้ายไฟล์
en: the template '{1}' could not render this page.
th: แม่แบบ (template) '{1}' สร้างหน้านี้ไม่สำเร็จ

# Render/Theme.swift
en: the theme '{1}' was not found (looked for themes/{2}/templates/ in the site folder and beside it).
th: ไม่พบธีม '{1}' (ค้นหา themes/{2}/templates/ ในโฟลเดอร์เว็บไซต์และโฟลเดอร์ข้างเคียงแล้ว)
en: the template cannot be read as UTF-8 text.
th: อ่านแม่แบบ (template) เป็นข้อความ UTF-8 ไม่ได้
en: the template is malformed: {1}.
th: แม่แบบ (template) เขียนไม่ถูกต้อง: {1}
en: Check that every {{#section}} has its {{/section}} and that tags are closed.
th: ตรวจสอบว่า {{#section}} ทุกอันมี {{/section}} ปิด และแท็กทุกอันปิดครบ
en: the theme has no '{1}' template.
th: ธีมไม่มีแม่แบบ (template) '{1}'
en: Copy it from themes/default/templates/.
th: คัดลอกมาจาก themes/default/templates/
# SiteLoader/ConfigLoader.swift
en: the site folder has no {1}.
th: โฟลเดอร์เว็บไซต์ไม่มีไฟล์ {1}
en: Create {1} with at least 'title:' and 'base_url:' (the README's section "site.yaml reference" lists every key).
th: สร้างไฟล์ {1} ที่มีอย่างน้อย 'title:' และ 'base_url:' (หัวข้อ "site.yaml reference" ใน README มีรายการช่องทั้งหมด)
en: {1} is a link to a file outside the site folder; sitegen does not follow it.
th: {1} เป็นลิงก์ไปยังไฟล์นอกโฟลเดอร์เว็บไซต์ sitegen จะไม่อ่านตามลิงก์นี้
en: Copy the file into the site folder instead of linking to it.
th: คัดลอกไฟล์มาไว้ในโฟลเดอร์เว็บไซต์แทนการใช้ลิงก์
en: a map position needs both latitude and longitude.
th: ตำแหน่งบนแผนที่ต้องมีทั้ง latitude และ longitude
en: '{1}' is not a {2} in decimal degrees (between -{3} and {4}).
th: '{1}' ไม่ใช่ค่า {2} แบบองศาทศนิยม (ระหว่าง -{3} ถึง {4})
en: Copy the coordinates from a map, for example 14.1452 and 99.7238.
th: คัดลอกพิกัดจากแผนที่ เช่น 14.1452 และ 99.7238
en: '{1}' is not a web address.
th: '{1}' ไม่ใช่ที่อยู่เว็บ
en: Write the full address starting with https://
th: เขียนที่อยู่เต็มที่ขึ้นต้นด้วย https://
en: Give its web address (url:), a page of the site (page:), an e-mail address (email:) or a telephone number (phone:).
th: ระบุที่อยู่เว็บ (url:) หน้าของเว็บไซต์ (page:) อีเมล (email:) หรือหมายเลขโทรศัพท์ (phone:)
en: '{1}' is not an OIT item id.
th: '{1}' ไม่ใช่รหัสข้อ OIT
en: Use ids like o1 … o28.
th: ใช้รหัสแบบ o1 … o28
en: Write dga-ogl (the licence of data.go.th, the default) or cc-by-4.0, or the licence's web address with its name in licence_title.
th: เขียน dga-ogl (สัญญาอนุญาตของ data.go.th ซึ่งเป็นค่าเริ่มต้น) หรือ cc-by-4.0 หรือที่อยู่เว็บของสัญญาอนุญาต พร้อมชื่อใน licence_title
en: Write the prefix the Open Contracting Partnership registered for the agency: ocds- and six letters or digits, for example ocds-abc123. Leave the line out until you have one.
th: เขียนรหัสนำหน้า (prefix) ที่ Open Contracting Partnership ออกให้หน่วยงาน: ocds- ตามด้วยตัวอักษรหรือตัวเลขหกตัว เช่น ocds-abc123 ถ้ายังไม่มี ให้ละบรรทัดนี้ไว้
en: Use a number from 1 to 500.
th: ใช้ตัวเลข 1 ถึง 500
en: {1} is empty.
th: {1} ว่างเปล่า
en: Write at least 'title:' and 'base_url:'.
th: เขียนอย่างน้อย 'title:' และ 'base_url:'
en: Write the full address of the site, for example https://www.example.go.th/
th: เขียนที่อยู่เต็มของเว็บไซต์ เช่น https://www.example.go.th/
en: channel
th: ช่องทาง
en: inquiry channel
th: ช่องทางสอบถาม
en: Write {1} for the assessment of fiscal year {2}.
th: เขียน {1} สำหรับการประเมินปีงบประมาณ {2}

# SiteLoader/Datasets/AntiCorruptionPlanLoaders.swift
en: Check the years, or the framework: plans for 2561–2565 use framework 2561-2565, plans from 2566 on use 2566-2570.
th: ตรวจสอบปี หรือกรอบ (framework): แผนปี 2561–2565 ใช้กรอบ 2561-2565 แผนตั้งแต่ปี 2566 ใช้กรอบ 2566-2570
en: List each of the four dimensions once and put all its missions under it.
th: ระบุแต่ละมิติทั้งสี่มิติเพียงครั้งเดียว และใส่ภารกิจทั้งหมดของมิตินั้นไว้ใต้มิติ
en: Every plan has entries under each of the four dimensions (มิติ 1–4).
th: แผนทุกแผนมีรายการในแต่ละมิติทั้งสี่มิติ (มิติ 1–4)
en: Use the number of one of the plan's dimensions: {1}.
th: ใช้หมายเลขมิติหนึ่งของแผน: {1}
en: Give every group its own id.
th: ให้แต่ละกลุ่มมี id ของตัวเอง
en: List the codes of entries listed under 'dimensions'.
th: ระบุรหัสของรายการที่อยู่ใต้ 'dimensions'
en: An entry belongs to at most one group; a group's budget is counted once.
th: รายการหนึ่งอยู่ได้ไม่เกินหนึ่งกลุ่ม งบประมาณของกลุ่มนับเพียงครั้งเดียว
en: A group's budget is counted in one dimension's total; split it into one group per dimension.
th: งบประมาณของกลุ่มนับรวมในยอดของมิติเดียว ให้แยกเป็นกลุ่มละหนึ่งมิติ
en: grand total
th: ยอดรวมทั้งแผน
en: dimension {1}
th: มิติ {1}
en: the plan states {1} baht (stated_totals, line {2})
th: แผนระบุ {1} บาท (stated_totals บรรทัด {2})
en: {1}, {2}: {3}, but its entries and budget groups add up to {4} baht (computed).
th: {1} {2}: {3} แต่รายการและกลุ่มงบประมาณรวมกันได้ {4} บาท (คำนวณ)
en: The page shows the stated figure and the computed one. Check the entries' 'budget' and the 'budget_groups' against the document; if the document itself does not add up, keep its figures as stated.
th: หน้าเว็บแสดงทั้งตัวเลขที่ระบุและตัวเลขที่คำนวณ ตรวจ 'budget' ของรายการและ 'budget_groups' กับเอกสาร ถ้าตัวเลขในเอกสารเองรวมกันไม่ตรง ให้คงตัวเลขตามที่เอกสารระบุ
en: {1}, {2}: {3}, but the rows of its budget table (budget_groups{4}, which cover every entry) add up to {5} baht{6} (computed).
th: {1} {2}: {3} แต่แถวของตารางงบประมาณ (budget_groups{4} ซึ่งครอบคลุมทุกรายการ) รวมกันได้ {5} บาท{6} (คำนวณ)
en: The document's rows and its total disagree; the page shows the stated total, and the computed sum beside it. Check the rows' budgets against the document; if they are printed that way, keep them as stated.
th: แถวและยอดรวมในเอกสารไม่ตรงกัน หน้าเว็บแสดงยอดรวมที่ระบุและผลรวมที่คำนวณไว้ข้างกัน ตรวจงบประมาณของแต่ละแถวกับเอกสาร ถ้าเอกสารพิมพ์ไว้อย่างนั้นจริง ให้คงไว้ตามที่ระบุ
en: {1}: the plan states {2} entries, but {3} are listed (computed).
th: {1}: แผนระบุว่ามี {2} รายการ แต่มีรายการอยู่ {3} รายการ (คำนวณ)
en: Check that every entry of the document is listed, once; the page shows both figures.
th: ตรวจว่าทุกรายการในเอกสารมีอยู่ครบ และมีเพียงครั้งเดียว หน้าเว็บแสดงตัวเลขทั้งสอง
en: states {1} baht
th: ระบุ {1} บาท
en: states no budget
th: ระบุว่าไม่ใช้งบประมาณ
en: states no amount
th: ไม่ระบุจำนวนเงิน
en: budget group '{1}' {2} for {3}, but its entries ({4}) add up to {5} baht.
th: กลุ่มงบประมาณ '{1}' {2} สำหรับ{3} แต่รายการในกลุ่ม ({4}) รวมกันได้ {5} บาท
en: The group's budget and its entries' budgets come from different parts of the document; the page shows both as stated.
th: งบประมาณของกลุ่มและงบประมาณของรายการมาจากคนละส่วนของเอกสาร หน้าเว็บแสดงทั้งสองตามที่ระบุ
en: Write 1, 2, 3 or 4.
th: เขียน 1, 2, 3 หรือ 4
en: In the {1} framework dimension {2} is named "{3}".
th: ในกรอบ {1} มิติที่ {2} ชื่อ "{3}"
en: This is the name dimension {1} has in the {2} framework. {3}
th: ชื่อนี้เป็นชื่อของมิติที่ {1} ในกรอบ {2} {3}
en: List each mission once.
th: ระบุแต่ละภารกิจเพียงครั้งเดียว
en: A mission's code is the dimension and the mission number, for example 2.1.
th: รหัสภารกิจคือเลขมิติและเลขภารกิจ เช่น 2.1
en: Move it under dimension {1}, or correct its code to {2}.{3}.
th: ย้ายไปไว้ใต้มิติ {1} หรือแก้รหัสเป็น {2}.{3}
en: A sub-objective's code is its mission's code and its own number, for example {1}.1.
th: รหัสของวัตถุประสงค์ย่อยคือรหัสภารกิจตามด้วยเลขของตัวเอง เช่น {1}.1
en: Move it under mission {1}.{2}, or correct its code.
th: ย้ายไปไว้ใต้ภารกิจ {1}.{2} หรือแก้รหัสให้ถูกต้อง
en: List it once.
th: ระบุเพียงครั้งเดียว
en: List its projects, activities and measures under 'items' (or under its 'sub_objectives').
th: ระบุโครงการ กิจกรรม และมาตรการไว้ใต้ 'items' (หรือใต้ 'sub_objectives')
en: Move it under mission {1}, or correct its code.
th: ย้ายไปไว้ใต้ภารกิจ {1} หรือแก้รหัสให้ถูกต้อง
en: Move it under sub-objective {1}, or correct its code.
th: ย้ายไปไว้ใต้วัตถุประสงค์ย่อย {1} หรือแก้รหัสให้ถูกต้อง
en: Every entry of the plan has its own code; number the second one differently.
th: ทุกรายการในแผนมีรหัสของตัวเอง ให้ใส่เลขของรายการที่สองให้ต่างออกไป
en: Add 'unit: คน' (or ครัวเรือน, หมู่บ้าน …).
th: เพิ่ม 'unit: คน' (หรือ ครัวเรือน, หมู่บ้าน …)
en: Report each entry of the plan once.
th: รายงานแต่ละรายการของแผนเพียงครั้งเดียว
en: Write {1}: the NACC cycle whose four dimensions the plan follows.
th: เขียน {1}: รอบของ ป.ป.ช. ที่แผนใช้สี่มิติตามรอบนั้น
en: '{1}' is not an NACC framework sitegen knows.
th: '{1}' ไม่ใช่กรอบของ ป.ป.ช. ที่ sitegen รู้จัก
en: the plan's fiscal years, for example [2566, 2567, 2568, 2569, 2570]
th: ปีงบประมาณของแผน เช่น [2566, 2567, 2568, 2569, 2570]
en: List each year once.
th: ระบุแต่ละปีเพียงครั้งเดียว
en: fiscal year {1} is listed twice.
th: ปีงบประมาณ {1} มีซ้ำสองครั้ง
en: List its years, for example [2566, 2567, 2568].
th: ระบุปีของแผน เช่น [2566, 2567, 2568]
en: the plan lists no fiscal year.
th: แผนไม่ได้ระบุปีงบประมาณ
en: List them from the first to the last.
th: เรียงจากปีแรกถึงปีสุดท้าย
en: the fiscal years are not in order.
th: ปีงบประมาณไม่ได้เรียงตามลำดับ
en: '{1}' is not a year.
th: '{1}' ไม่ใช่ปี
en: Write a B.E. fiscal year such as 2568.
th: เขียนปีงบประมาณเป็น พ.ศ. เช่น 2568
en: a budget is given per fiscal year, but this is the single value '{1}'.
th: งบประมาณต้องระบุแยกตามปีงบประมาณ แต่ค่านี้เป็นค่าเดียว '{1}'
en: Write one amount per year, for example {2566: 16000, 2567: 16000}, or ไม่ใช้งบประมาณ for no budget in any year.
th: เขียนจำนวนเงินปีละหนึ่งค่า เช่น {2566: 16000, 2567: 16000} หรือเขียน ไม่ใช้งบประมาณ ถ้าไม่ใช้งบประมาณเลย
en: {1} is not one of the plan's fiscal years ({2}).
th: {1} ไม่ใช่ปีงบประมาณของแผน ({2})
en: Give budgets only for the years in 'fiscal_years'.
th: ระบุงบประมาณเฉพาะปีที่อยู่ใน 'fiscal_years'
en: expected one amount per fiscal year, but found {1}.
th: ต้องเป็นจำนวนเงินปีงบประมาณละหนึ่งค่า แต่พบ {1}
en: Write for example {2566: 230000, 2567: 230000}.
th: เขียน เช่น {2566: 230000, 2567: 230000}
en: Give totals only for the years in 'fiscal_years'.
th: ระบุยอดรวมเฉพาะปีที่อยู่ใน 'fiscal_years'
en: '{1}' is not the code of a plan entry.
th: '{1}' ไม่ใช่รหัสของรายการในแผน
en: Write dimension.mission[.sub-objective][(number)] without spaces, for example 2.2.2(12), 1.1.1(1) or 4.1.1.
th: เขียน มิติ.ภารกิจ[.วัตถุประสงค์ย่อย][(ลำดับ)] โดยไม่เว้นวรรค เช่น 2.2.2(12), 1.1.1(1) หรือ 4.1.1
en: Use one of: {1}; leave 'kind' out when the plan gives none.
th: ใช้ค่าใดค่าหนึ่งต่อไปนี้: {1} ถ้าแผนไม่ได้ระบุ ให้ละ 'kind' ไว้
en: '{1}' is not a kind of plan entry.
th: '{1}' ไม่ใช่ประเภทของรายการในแผน
en: Use one of: {1} (or ดำเนินการแล้ว, ดำเนินการบางส่วน, ยังไม่ได้ดำเนินการ).
th: ใช้ค่าใดค่าหนึ่งต่อไปนี้: {1} (หรือ ดำเนินการแล้ว, ดำเนินการบางส่วน, ยังไม่ได้ดำเนินการ)
en: '{1}' is not a status.
th: '{1}' ไม่ใช่สถานะ

# SiteLoader/Datasets/ComplaintLoaders.swift
en: how a complaint is filed
th: วิธียื่นเรื่องร้องเรียน
en: Say how and where a complaint is filed.
th: ระบุวิธีและสถานที่ยื่นเรื่องร้องเรียน
en: List each step with its description, duration and who is responsible.
th: ระบุแต่ละขั้นตอน พร้อมรายละเอียด ระยะเวลา และผู้รับผิดชอบ
en: Give at least the time to acknowledge a complaint and the time to report the result.
th: ระบุอย่างน้อยระยะเวลาตอบรับเรื่องร้องเรียน และระยะเวลาแจ้งผล
en: Write the number of days the guideline allows.
th: เขียนจำนวนวันตามที่แนวทางกำหนด
en: Add a channel with kind: online (or email), its url (or email), and corruption_only: true, separate from general complaints.
th: เพิ่มช่องทางที่มี kind: online (หรือ email) พร้อม url (หรือ email) และ corruption_only: true แยกจากช่องทางร้องเรียนทั่วไป
en: true if the channel is for corruption complaints only, else false
th: true ถ้าช่องทางนี้รับเฉพาะเรื่องร้องเรียนการทุจริต นอกนั้น false
en: the web address of the online channel
th: ที่อยู่เว็บของช่องทางออนไลน์
en: the e-mail address
th: อีเมล
en: the phone number
th: หมายเลขโทรศัพท์
en: the postal address
th: ที่อยู่ไปรษณีย์
en: where the office or the box is
th: ที่ตั้งของสำนักงานหรือกล่องรับเรื่อง
en: Write it like stopcorruption@example.go.th.
th: เขียนแบบ stopcorruption@example.go.th
en: in_progress counts complaints still being handled at the end of the month; finished counts those finished during the month. Check the figures, or set carried_over for complaints left from the previous year.
th: in_progress คือจำนวนเรื่องที่ยังดำเนินการอยู่ ณ สิ้นเดือน finished คือจำนวนเรื่องที่เสร็จในเดือนนั้น ตรวจสอบตัวเลข หรือระบุ carried_over สำหรับเรื่องที่ค้างจากปีก่อน
en: Put it in the statistics file of fiscal year {1}, or correct the month.
th: นำไปไว้ในไฟล์สถิติของปีงบประมาณ {1} หรือแก้เดือนให้ถูกต้อง
en: Keep one entry per month.
th: ให้มีเดือนละหนึ่งรายการ
en: List the activities of the year in which citizens took part (OIT o20).
th: ระบุกิจกรรมของปีที่ประชาชนมีส่วนร่วม (OIT o20)
en: the date of the activity (or period: {start: …, end: …} for several days)
th: วันที่จัดกิจกรรม (หรือ period: {start: …, end: …} ถ้าจัดหลายวัน)
en: Keep date for one day, or period for several days.
th: ใช้ date ถ้าจัดวันเดียว หรือ period ถ้าจัดหลายวัน
en: who took part, for example ผู้แทนครัวเรือน ผู้นำชุมชน
th: ผู้เข้าร่วม เช่น ผู้แทนครัวเรือน ผู้นำชุมชน
en: the activity ({1}) is outside {2}.
th: กิจกรรม ({1}) อยู่นอก{2}
en: Move it to the participation file of fiscal year {1}, or correct the date.
th: ย้ายไปไว้ในไฟล์การมีส่วนร่วมของปีงบประมาณ {1} หรือแก้วันที่ให้ถูกต้อง

# SiteLoader/Datasets/CrossReferences.swift
en: Write the data file's path below data/ without its extension
th: เขียนตำแหน่งไฟล์ข้อมูลใต้ data/ โดยไม่ต้องมีนามสกุลไฟล์
en: Write the data file's path below data/ without its extension.
th: เขียนตำแหน่งไฟล์ข้อมูลใต้ data/ โดยไม่ต้องมีนามสกุลไฟล์
en: there is no data file 'data/{1}.yaml'.
th: ไม่มีไฟล์ข้อมูล 'data/{1}.yaml'
en: '{1}' is a {2} data file, not a {3}.
th: '{1}' เป็นไฟล์ข้อมูลชนิด {2} ไม่ใช่ {3}
en: Name a data file whose kind is {1}.
th: ระบุไฟล์ข้อมูลที่มีชนิด (kind) เป็น {1}

# SiteLoader/Datasets/DatasetLoading.swift
en: Rename the file or correct fiscal_year so that they agree.
th: เปลี่ยนชื่อไฟล์ หรือแก้ fiscal_year ให้ตรงกัน
en: the B.E. fiscal year, for example 2568
th: ปีงบประมาณ พ.ศ. เช่น 2568
en: two data files have the same name: {1} and {2}.
th: มีไฟล์ข้อมูลสองไฟล์ชื่อเดียวกัน: {1} และ {2}
en: Keep one of them; a dataset is named by its path without the extension.
th: เก็บไว้เพียงไฟล์เดียว ชุดข้อมูลเรียกชื่อตามตำแหน่งไฟล์โดยไม่มีนามสกุล
en: this file in data/ is not a YAML or CSV data file and is ignored.
th: ไฟล์นี้ใน data/ ไม่ใช่ไฟล์ข้อมูล YAML หรือ CSV จึงไม่ถูกนำมาใช้
en: Put attachments in files/ instead of data/.
th: นำไฟล์แนบไปไว้ใน files/ แทน data/
en: a data file
th: ไฟล์ข้อมูล
en: Start it with 'kind: …'.
th: ขึ้นต้นไฟล์ด้วย 'kind: …'
en: the data file is empty.
th: ไฟล์ข้อมูลว่างเปล่า
en: Known kinds: {1}.
th: ชนิด (kind) ที่ใช้ได้: {1}
en: the attached file '{1}' does not exist in the site folder.
th: ไม่พบไฟล์แนบ '{1}' ในโฟลเดอร์เว็บไซต์
en: Put the file in the site folder (for example files/) and write its path relative to the site folder.
th: นำไฟล์มาไว้ในโฟลเดอร์เว็บไซต์ (เช่น files/) แล้วเขียนตำแหน่งไฟล์โดยนับจากโฟลเดอร์เว็บไซต์
# SiteLoader/Datasets/HRLoaders.swift
en: Add 'objectives:' with one line per objective.
th: เพิ่ม 'objectives:' บรรทัดละหนึ่งวัตถุประสงค์
en: List the plan's strategies or measures, each with its projects or activities.
th: ระบุยุทธศาสตร์หรือมาตรการของแผน พร้อมโครงการหรือกิจกรรมของแต่ละข้อ
en: Write the criterion under 'text:', or attach it with 'file: files/…pdf', or link its page with 'page: /hr/…/'.
th: เขียนหลักเกณฑ์ไว้ใต้ 'text:' หรือแนบไฟล์ด้วย 'file: files/…pdf' หรือลิงก์ไปยังหน้าด้วย 'page: /hr/…/'
en: Write fiscal years within the plan's period, for example {1} or {2}-{3}.
th: เขียนปีงบประมาณที่อยู่ในช่วงของแผน เช่น {1} หรือ {2}-{3}
en: '{1}' is not a B.E. fiscal year.
th: '{1}' ไม่ใช่ปีงบประมาณ พ.ศ.
en: Write one line per fiscal year, for example 2568: 20000.
th: เขียนปีงบประมาณละหนึ่งบรรทัด เช่น 2568: 20000
en: the activity does not run in fiscal year {1} (its period is {2}–{3}).
th: กิจกรรมนี้ไม่ได้ดำเนินการในปีงบประมาณ {1} (ช่วงเวลาของกิจกรรมคือ {2}–{3})
en: Give budgets only for the years of the activity's period.
th: ระบุงบประมาณเฉพาะปีที่อยู่ในช่วงเวลาของกิจกรรม
en: List what was done under 'activities:' (name, date or period, participants, result), or add 'summary:'.
th: ระบุสิ่งที่ดำเนินการไว้ใต้ 'activities:' (ชื่อ วันที่หรือช่วงเวลา ผู้เข้าร่วม ผลที่ได้) หรือเพิ่ม 'summary:'
en: Add 'activities:' with each activity's name, date, participants and description.
th: เพิ่ม 'activities:' พร้อมชื่อ วันที่ ผู้เข้าร่วม และรายละเอียดของแต่ละกิจกรรม
en: Attach the code with 'file: files/…pdf', or write it as a page and link it with 'page: /hr/…/'.
th: แนบประมวลจริยธรรมด้วย 'file: files/…pdf' หรือเขียนเป็นหน้าเว็บแล้วลิงก์ด้วย 'page: /hr/…/'
en: An address /hr/ethics-code/ is the page hr/ethics-code.md (or hr/ethics-code/_index.md) in the site folder.
th: ที่อยู่ /hr/ethics-code/ คือหน้า hr/ethics-code.md (หรือ hr/ethics-code/_index.md) ในโฟลเดอร์เว็บไซต์
en: Keep 'date:' for a one-day activity, or 'period:' with start and end.
th: ใช้ 'date:' สำหรับกิจกรรมวันเดียว หรือ 'period:' ที่มี start และ end
en: the day it took place (YYYY-MM-DD), or 'period:' with start and end
th: วันที่จัด (YYYY-MM-DD) หรือ 'period:' ที่มี start และ end
en: the activity ({1}) is outside fiscal year {2} ({3} – {4}).
th: กิจกรรม ({1}) อยู่นอกปีงบประมาณ {2} ({3} – {4})
en: Check the year: dates are Christian-era (YYYY-MM-DD), fiscal years Buddhist-era.
th: ตรวจสอบปี: วันที่เขียนเป็น ค.ศ. (YYYY-MM-DD) ส่วนปีงบประมาณเขียนเป็น พ.ศ.

# SiteLoader/Datasets/ITAResultsLoader.swift
en: List each indicator with its number, name, tool, average and items.
th: ระบุแต่ละตัวชี้วัด พร้อมหมายเลข ชื่อ เครื่องมือ คะแนนเฉลี่ย และรายข้อ
en: '{1}' is not a score.
th: '{1}' ไม่ใช่คะแนน
en: Write the score as the results print it, for example 88.51 (Thai digits are fine).
th: เขียนคะแนนตามที่ผลการประเมินพิมพ์ไว้ เช่น 88.51 (ใช้เลขไทยได้)
en: ITA scores run from 0 to 100.
th: คะแนน ITA อยู่ระหว่าง 0 ถึง 100
en: the score {1} is above 100.
th: คะแนน {1} เกิน 100
en: Write the indicator's number, 1–10.
th: เขียนหมายเลขตัวชี้วัด 1–10
en: List each indicator once.
th: ระบุแต่ละตัวชี้วัดเพียงครั้งเดียว
en: Items of {1} are numbered {2}1, {3}2, …; check the id or the indicator's tool.
th: ข้อของ {1} มีเลขเป็น {2}1, {3}2, … ตรวจสอบ id หรือเครื่องมือของตัวชี้วัด
en: List each item once.
th: ระบุแต่ละข้อเพียงครั้งเดียว
en: If the results print {1}, keep it: sitegen never replaces a stated figure. Otherwise correct the average or the item scores.
th: ถ้าผลการประเมินพิมพ์ {1} ไว้ ให้คงไว้ sitegen ไม่แทนที่ตัวเลขที่ระบุ ถ้าไม่ใช่ ให้แก้คะแนนเฉลี่ยหรือคะแนนรายข้อ
en: Write the tool's letter and the item's number: i1–i15 (IIT), e1–e9 (EIT), o1–o28 (OIT).
th: เขียนอักษรของเครื่องมือและเลขข้อ: i1–i15 (IIT), e1–e9 (EIT), o1–o28 (OIT)

# SiteLoader/Datasets/IntegrityLoaders.swift
en: Write at least one entry: {1}.
th: เขียนอย่างน้อยหนึ่งรายการ: {1}
en: the list is empty.
th: รายการว่างเปล่า
en: {1} {2} appears twice.
th: {1} {2} มีซ้ำสองครั้ง
en: Give each {1} its own number.
th: ให้แต่ละ{1}มีหมายเลขของตัวเอง
en: the paragraphs of the announcement
th: ย่อหน้าของประกาศ
en: List the activities of fiscal year {1}, or correct the date.
th: ระบุกิจกรรมของปีงบประมาณ {1} หรือแก้วันที่ให้ถูกต้อง
en: {1} is not in {2}.
th: {1} ไม่อยู่ใน{2}
en: List months of the register's fiscal year only.
th: ระบุเฉพาะเดือนในปีงบประมาณของทะเบียน
en: List each month once.
th: ระบุแต่ละเดือนเพียงครั้งเดียว
en: the month {1} is listed twice.
th: เดือน {1} มีซ้ำสองครั้ง
en: Write the date up to which the register is complete.
th: เขียนวันที่ที่ทะเบียนบันทึกครบถึง
en: Remove 'none_received: true', or remove the gifts.
th: ลบ 'none_received: true' ออก หรือลบรายการของขวัญออก
en: Write 'none_received: true' for the year, or list the months: none_received: [2024-10, 2024-11].
th: เขียน 'none_received: true' สำหรับทั้งปี หรือระบุเดือน: none_received: [2024-10, 2024-11]
en: Move as_of to the date the register is complete up to.
th: เปลี่ยน as_of เป็นวันที่ที่ทะเบียนบันทึกครบถึง
en: gift
th: ของขวัญ
en: A register lists the gifts of its own fiscal year; put other years in their own file.
th: ทะเบียนระบุของขวัญเฉพาะปีงบประมาณของตัวเอง ปีอื่นให้แยกไฟล์
en: Remove {1} from none_received, or correct the date.
th: ลบ {1} ออกจาก none_received หรือแก้วันที่ให้ถูกต้อง
en: {1} is not a span of scores.
th: {1} ไม่ใช่ช่วงคะแนน
en: Write the lowest and highest score of the level, for example 5-9 (scores run 1–25).
th: เขียนคะแนนต่ำสุดและสูงสุดของระดับ เช่น 5-9 (คะแนนอยู่ระหว่าง 1–25)
en: the scores {1}–{2} go beyond 1–25.
th: คะแนน {1}–{2} เกินช่วง 1–25
en: A score is likelihood (1–5) × impact (1–5), so it runs from 1 to 25.
th: คะแนนคือ โอกาส (1–5) × ผลกระทบ (1–5) จึงอยู่ระหว่าง 1 ถึง 25
en: Remove 'levels:' to use the standard mapping.
th: ลบ 'levels:' ออกเพื่อใช้เกณฑ์มาตรฐาน
en: the scores {1} belong to both {2} and {3}.
th: คะแนน {1} อยู่ทั้งใน {2} และ {3}
en: Each score from 1 to 25 must belong to exactly one level.
th: คะแนนแต่ละค่าตั้งแต่ 1 ถึง 25 ต้องอยู่ในระดับเดียวเท่านั้น
en: {1} has lower scores than {2}.
th: {1} มีคะแนนต่ำกว่า {2}
en: Levels rise with the score: ต่ำ, ปานกลาง, สูง, สูงมาก.
th: ระดับต้องสูงขึ้นตามคะแนน: ต่ำ, ปานกลาง, สูง, สูงมาก
en: List each bribery risk with its process, event, likelihood, impact and measures.
th: ระบุความเสี่ยงการรับสินบนแต่ละข้อ พร้อมกระบวนงาน เหตุการณ์ โอกาส ผลกระทบ และมาตรการ
en: Correct the level, or remove it: sitegen derives it from the score and 'levels'.
th: แก้ระดับให้ถูกต้อง หรือลบออก sitegen คำนวณระดับจากคะแนนและ 'levels' ให้เอง
en: risk
th: ความเสี่ยง
en: Write a whole number from 1 to 5.
th: เขียนจำนวนเต็มตั้งแต่ 1 ถึง 5
en: {1} {2} is outside 1–5.
th: {1} {2} อยู่นอกช่วง 1–5
en: likelihood
th: โอกาสที่จะเกิด (likelihood)
en: impact
th: ผลกระทบ (impact)
en: the measures that manage the risk
th: มาตรการจัดการความเสี่ยง
en: Correct the score, or remove it: sitegen computes it from likelihood and impact.
th: แก้คะแนนให้ถูกต้อง หรือลบออก sitegen คำนวณคะแนนจาก likelihood และ impact ให้เอง
en: the report is for fiscal year {1}, but the assessment '{2}' is for {3}.
th: รายงานเป็นของปีงบประมาณ {1} แต่การประเมิน '{2}' เป็นของปี {3}
en: A risk report covers the risks assessed for the same fiscal year.
th: รายงานความเสี่ยงต้องครอบคลุมความเสี่ยงที่ประเมินไว้ในปีงบประมาณเดียวกัน
en: the assessment '{1}' has no risk {2}.
th: การประเมิน '{1}' ไม่มีความเสี่ยงข้อ {2}
en: Its risks are numbered {1}.
th: ความเสี่ยงในการประเมินนั้นมีหมายเลข {1}
en: risk {1} of the assessment ('{2}') is not reported on.
th: ยังไม่ได้รายงานความเสี่ยงข้อ {1} ของการประเมิน ('{2}')
en: Add an entry 'risk: {1}' saying what was done and the result.
th: เพิ่มรายการ 'risk: {1}' ระบุสิ่งที่ดำเนินการและผลที่ได้
en: Report each risk once.
th: รายงานแต่ละความเสี่ยงเพียงครั้งเดียว
en: what was done about the risk
th: สิ่งที่ดำเนินการกับความเสี่ยง
en: issue
th: ประเด็น
en: List the measures of the issue.
th: ระบุมาตรการของประเด็นนี้
en: measure
th: มาตรการ
en: the steps or method of the measure
th: ขั้นตอนหรือวิธีการของมาตรการ
en: what the measure achieved
th: ผลที่มาตรการทำได้
en: the outcomes or success of the measure
th: ผลลัพธ์หรือความสำเร็จของมาตรการ
en: the responsible unit, e.g. สำนักปลัด
th: หน่วยงานที่รับผิดชอบ เช่น สำนักปลัด
en: Check the dates; fiscal year {1} runs {2} to {3}.
th: ตรวจสอบวันที่ ปีงบประมาณ {1} เริ่ม {2} ถึง {3}
en: {1} is not an ITA indicator number.
th: {1} ไม่ใช่หมายเลขตัวชี้วัด ITA
en: Write indicator numbers 1–10, for example [1, 8].
th: เขียนหมายเลขตัวชี้วัด 1–10 เช่น [1, 8]
en: the measures of fiscal year {1} answer the ITA results of {2}, not of {3}.
th: มาตรการของปีงบประมาณ {1} ต้องตอบผลการประเมิน ITA ปี {2} ไม่ใช่ปี {3}
en: Measures answer the previous year's ITA results; check the key or fiscal_year.
th: มาตรการตอบผลการประเมิน ITA ของปีก่อนหน้า ตรวจสอบช่องนั้นหรือ fiscal_year
en: measure {1} cites ITA indicator {2}, which the results '{3}' do not list.
th: มาตรการ {1} อ้างถึงตัวชี้วัด ITA {2} ซึ่งไม่มีในผลการประเมิน '{3}'
en: Check the indicator numbers.
th: ตรวจสอบหมายเลขตัวชี้วัด

# SiteLoader/Datasets/OrganisationLoaders.swift
en: List the divisions, e.g. สำนักปลัด, กองคลัง, กองช่าง.
th: ระบุส่วนราชการ เช่น สำนักปลัด, กองคลัง, กองช่าง

# SiteLoader/Datasets/PlanLoaders.swift
en: List the plan's strategies (ยุทธศาสตร์), each with its approaches and indicators.
th: ระบุยุทธศาสตร์ของแผน พร้อมแนวทางและตัวชี้วัดของแต่ละยุทธศาสตร์
en: Add 'goals:' with the plan's goals, or 'goals:' under each strategy.
th: เพิ่ม 'goals:' ระบุเป้าหมายของแผน หรือ 'goals:' ใต้แต่ละยุทธศาสตร์
en: strategy
th: ยุทธศาสตร์
en: Add 'approaches:' with one line per approach.
th: เพิ่ม 'approaches:' บรรทัดละหนึ่งแนวทาง
en: Add 'indicators:' with each indicator and, where the plan states one, its target.
th: เพิ่ม 'indicators:' ระบุตัวชี้วัดแต่ละตัว และค่าเป้าหมายถ้าแผนระบุไว้
en: List the projects of the year, each with id, name, strategy, budget, period and unit.
th: ระบุโครงการของปี แต่ละโครงการมี id, name, strategy, budget, period และ unit
en: project
th: โครงการ
en: Use the id of one of the plan's strategies: {1}.
th: ใช้ id ของยุทธศาสตร์ใดยุทธศาสตร์หนึ่งของแผน: {1}
en: Check the years: dates are Christian-era, the fiscal year is Buddhist-era.
th: ตรวจสอบปี: วันที่เขียนเป็น ค.ศ. ส่วนปีงบประมาณเขียนเป็น พ.ศ.
en: Write the date the figures are as of: {1} or later.
th: เขียนวันที่ของข้อมูล (ณ วันที่): ตั้งแต่ {1} เป็นต้นไป
en: Add every project with its status, even ยังไม่ดำเนินการ with spent: 0.
th: เพิ่มทุกโครงการพร้อมสถานะ แม้ยังไม่ดำเนินการ ให้ใส่ spent: 0
en: Keep one report per period; update its figures and 'as_of' instead.
th: ให้มีรายงานช่วงละหนึ่งฉบับ ให้แก้ตัวเลขและ 'as_of' ในฉบับเดิมแทน
en: Use the id of a project listed under 'projects:' of the plan.
th: ใช้ id ของโครงการที่อยู่ใต้ 'projects:' ของแผน
en: Keep one entry per project.
th: ให้มีโครงการละหนึ่งรายการ
en: Check both figures; if the budget was increased by a transfer, state the new budget in the plan.
th: ตรวจสอบตัวเลขทั้งสอง ถ้ามีการโอนเพิ่มงบประมาณ ให้ระบุงบประมาณใหม่ในแผน
en: Check the figure, or state the project's budget in the plan.
th: ตรวจสอบตัวเลข หรือระบุงบประมาณของโครงการในแผน
en: Write the date the report was published or presented, after 30 September.
th: เขียนวันที่เผยแพร่หรือนำเสนอรายงาน ซึ่งต้องหลัง 30 กันยายน
en: the summary of results, one paragraph per line
th: สรุปผล บรรทัดละหนึ่งย่อหน้า
en: Write the report's summary of results, one paragraph per line starting with '- '.
th: เขียนสรุปผลของรายงาน บรรทัดละหนึ่งย่อหน้า ขึ้นต้นด้วย '- '
en: Add 'budget_used:' with 'budget:' and 'spent:' as the report states them.
th: เพิ่ม 'budget_used:' ที่มี 'budget:' และ 'spent:' ตามที่รายงานระบุ
en: Add 'problems:' with what held the work back; write 'ไม่มี' if the report says there were none.
th: เพิ่ม 'problems:' ระบุปัญหาอุปสรรค เขียน 'ไม่มี' ถ้ารายงานระบุว่าไม่มี
en: Add 'suggestions:' with the report's suggestions.
th: เพิ่ม 'suggestions:' ระบุข้อเสนอแนะของรายงาน
en: Check both figures against the report.
th: ตรวจสอบตัวเลขทั้งสองกับรายงาน
en: Check both figures; projects added during the year belong in 'planned' too.
th: ตรวจสอบตัวเลขทั้งสอง โครงการที่เพิ่มระหว่างปีต้องนับใน 'planned' ด้วย
en: Give every {1} its own id.
th: ให้แต่ละ{1}มี id ของตัวเอง
en: the field '{1}' looks like the rest of a number split at its comma.
th: ช่อง '{1}' ดูเหมือนเป็นส่วนท้ายของตัวเลขที่ถูกตัดที่เครื่องหมายจุลภาค (,)
en: Inside { … } a comma separates fields: write the amount without commas (1065000) or in quotes ('1,065,000').
th: ภายใน { … } เครื่องหมายจุลภาคใช้คั่นช่อง ให้เขียนจำนวนเงินโดยไม่มีจุลภาค (1065000) หรือใส่เครื่องหมายคำพูด ('1,065,000')
en: For example start: 2024-12 and end: 2025-03.
th: เช่น start: 2024-12 และ end: 2025-03

# SiteLoader/Datasets/ProcurementLoaders.swift
en: Keep one of them: either list the items here or import them from the CSV file.
th: ใช้อย่างใดอย่างหนึ่ง: ระบุรายการไว้ที่นี่ หรือนำเข้าจากไฟล์ CSV
en: the procurement items (or 'items_csv:' naming a CSV file)
th: รายการจัดซื้อจัดจ้าง (หรือ 'items_csv:' ระบุไฟล์ CSV)
en: Summarise only the months of this file's fiscal year.
th: สรุปเฉพาะเดือนในปีงบประมาณของไฟล์นี้
en: Each item belongs to the month of the fiscal year whose summary lists it; an item of another year goes in that year's data file.
th: แต่ละรายการอยู่ในเดือนของปีงบประมาณที่สรุปรายการนั้น รายการของปีอื่นให้ใส่ในไฟล์ข้อมูลของปีนั้น
en: Write the contractor or seller chosen (ผู้ได้รับการคัดเลือก), or change the status.
th: เขียนชื่อผู้ได้รับการคัดเลือก (ผู้รับจ้างหรือผู้ขาย) หรือเปลี่ยนสถานะ
en: Write the price agreed (ราคาที่ตกลงซื้อหรือจ้าง) in baht, or change the status.
th: เขียนราคาที่ตกลงซื้อหรือจ้างเป็นบาท หรือเปลี่ยนสถานะ
en: Check both figures; a contract cannot exceed the budget approved for it.
th: ตรวจสอบตัวเลขทั้งสอง สัญญาต้องไม่เกินงบประมาณที่ได้รับอนุมัติ
en: Work by {1} is done in the e-GP system; copy its project number (11 digits).
th: การจัดซื้อจัดจ้างด้วยวิธี {1} ทำในระบบ e-GP ให้คัดลอกเลขที่โครงการ (11 หลัก)
en: Say which kind of invitation it was: e-bidding, e-market or สอบราคา.
th: ระบุวิธีที่ใช้: e-bidding, e-market หรือ สอบราคา
en: e-GP project numbers have 11 digits, for example 67119123456. In the spreadsheet, format the column as text so the number is not shortened.
th: เลขที่โครงการ e-GP มี 11 หลัก เช่น 67119123456 ในโปรแกรมตารางคำนวณ ให้ตั้งรูปแบบคอลัมน์เป็นข้อความ (text) เพื่อไม่ให้ตัวเลขถูกตัด
en: the e-GP project number {1} is also used by the item on {2}.
th: เลขที่โครงการ e-GP {1} ซ้ำกับรายการใน{2}
en: Each procurement project has its own e-GP number; check for a duplicated row.
th: โครงการจัดซื้อจัดจ้างแต่ละโครงการมีเลข e-GP ของตัวเอง ตรวจหาแถวที่ซ้ำกัน
en: bidder
th: ผู้เสนอราคา
en: Write each bidder as the name, a space and the price offered, separated by ';', for example: หจก.ทุ่งทองก่อสร้าง 498,000; บริษัท รุ่งเรือง จำกัด 505,000
th: เขียนผู้เสนอราคาแต่ละรายเป็นชื่อ เว้นวรรค แล้วตามด้วยราคาที่เสนอ คั่นแต่ละรายด้วย ';' เช่น หจก.ทุ่งทองก่อสร้าง 498,000; บริษัท รุ่งเรือง จำกัด 505,000
en: Write the path relative to the site folder, for example data/procurement/2568-items.csv.
th: เขียนตำแหน่งไฟล์โดยนับจากโฟลเดอร์เว็บไซต์ เช่น data/procurement/2568-items.csv
en: this row has {1} cells, but the first row names {2} columns.
th: แถวนี้มี {1} ช่อง แต่แถวแรกมีชื่อคอลัมน์ {2} คอลัมน์
en: A text that contains a comma must be in double quotes; export the sheet again as CSV (UTF-8).
th: ข้อความที่มีเครื่องหมายจุลภาค (,) ต้องอยู่ในเครื่องหมายคำพูด ให้ส่งออกแผ่นงานใหม่เป็น CSV (UTF-8)
en: Remove 'none: true', or move the items to the month they belong to.
th: ลบ 'none: true' ออก หรือย้ายรายการไปไว้ในเดือนที่ถูกต้อง
en: If there was no procurement this month, write 'none: true'; otherwise add the month's items.
th: ถ้าเดือนนี้ไม่มีการจัดซื้อจัดจ้าง ให้เขียน 'none: true' ถ้ามี ให้เพิ่มรายการของเดือน
en: A monthly summary is published after its month, usually within the first days of the next.
th: สรุปผลรายเดือนเผยแพร่หลังสิ้นเดือนนั้น โดยปกติภายในวันต้น ๆ ของเดือนถัดไป
en: Give one entry per method, with its total count and amount.
th: ระบุวิธีละหนึ่งรายการ พร้อมจำนวนครั้งรวมและจำนวนเงินรวม
en: Check the count and the amount.
th: ตรวจสอบจำนวนครั้งและจำนวนเงิน
# SiteLoader/Datasets/ServiceLoaders.swift
en: expected one of {1}, but found {2}.
th: ต้องเป็นค่าใดค่าหนึ่งของ {1} แต่พบ {2}
en: '{1}' is not a web address starting with http:// or https://.
th: '{1}' ไม่ใช่ที่อยู่เว็บที่ขึ้นต้นด้วย http:// หรือ https://
en: Copy the whole address from the browser's address bar, for example https://www.example.go.th/form.
th: คัดลอกที่อยู่ทั้งหมดจากช่องที่อยู่ของเบราว์เซอร์ เช่น https://www.example.go.th/form
en: the list of {1} is empty.
th: รายการ {1} ว่างเปล่า
en: the field '{1}' is missing; OIT {2} expects it.
th: ไม่มีช่อง (field) '{1}' ซึ่ง OIT {2} กำหนดให้มี
en: State how long the whole procedure takes, e.g. total_duration: ๓ วันทำการ, or give every step a duration.
th: ระบุระยะเวลาของทั้งกระบวนการ เช่น total_duration: ๓ วันทำการ หรือระบุระยะเวลาของทุกขั้นตอน
en: Say where and how a citizen asks for the service.
th: ระบุสถานที่และวิธีที่ประชาชนขอรับบริการ
en: List the fees, or write 'fees: ไม่มีค่าธรรมเนียม' when there are none.
th: ระบุค่าธรรมเนียม หรือเขียน 'fees: ไม่มีค่าธรรมเนียม' ถ้าไม่มี
en: List the documents to bring, or write 'documents: ไม่ต้องใช้เอกสาร'.
th: ระบุเอกสารที่ต้องนำมา หรือเขียน 'documents: ไม่ต้องใช้เอกสาร'
en: Give the unit's phone or e-mail under contact:.
th: ระบุโทรศัพท์หรืออีเมลของหน่วยงานไว้ใต้ contact:
en: '{1}' is neither a list of fees nor ไม่มีค่าธรรมเนียม.
th: '{1}' ไม่ใช่รายการค่าธรรมเนียม และไม่ใช่ ไม่มีค่าธรรมเนียม
en: Write 'fees: ไม่มีค่าธรรมเนียม' when the service is free, or list each fee with item and amount.
th: เขียน 'fees: ไม่มีค่าธรรมเนียม' ถ้าไม่เสียค่าบริการ หรือระบุค่าธรรมเนียมแต่ละรายการพร้อม item และ amount
en: Write 'fees: ไม่มีค่าธรรมเนียม' when the service is free.
th: เขียน 'fees: ไม่มีค่าธรรมเนียม' ถ้าไม่เสียค่าบริการ
en: the list of fees is empty.
th: รายการค่าธรรมเนียมว่างเปล่า
en: an amount of 0 baht is shown as 0; a fee that is not charged is written ไม่มีค่าธรรมเนียม.
th: จำนวนเงิน 0 บาทจะแสดงเป็น 0 ค่าธรรมเนียมที่ไม่เรียกเก็บให้เขียนว่า ไม่มีค่าธรรมเนียม
en: Write 'amount: ไม่มีค่าธรรมเนียม'.
th: เขียน 'amount: ไม่มีค่าธรรมเนียม'
en: '{1}' is neither a list of documents nor ไม่ต้องใช้เอกสาร.
th: '{1}' ไม่ใช่รายการเอกสาร และไม่ใช่ ไม่ต้องใช้เอกสาร
en: List each document with its name (and count), or write 'documents: ไม่ต้องใช้เอกสาร'.
th: ระบุเอกสารแต่ละรายการพร้อมชื่อ (และจำนวน) หรือเขียน 'documents: ไม่ต้องใช้เอกสาร'
en: the list of documents is empty.
th: รายการเอกสารว่างเปล่า
en: Write 'documents: ไม่ต้องใช้เอกสาร' when no document is needed.
th: เขียน 'documents: ไม่ต้องใช้เอกสาร' ถ้าไม่ต้องใช้เอกสาร
en: List at least one service a citizen can use online (OIT o10).
th: ระบุอย่างน้อยหนึ่งบริการที่ประชาชนใช้ออนไลน์ได้ (OIT o10)
en: Add at least one of phone, email or address.
th: เพิ่มอย่างน้อยหนึ่งอย่าง: phone, email หรือ address
en: the contact gives no phone, e-mail or address.
th: ข้อมูลติดต่อไม่มีโทรศัพท์ อีเมล หรือที่อยู่

# SiteLoader/Datasets/ServiceStatsLoader.swift
en: List each service with its name, unit and monthly figures.
th: ระบุแต่ละบริการพร้อมชื่อ หน่วยงาน และตัวเลขรายเดือน
en: Give each service once, with all its months.
th: ระบุแต่ละบริการเพียงครั้งเดียว พร้อมทุกเดือนของบริการนั้น
en: the figure of '{1}' for {2} is outside {3}.
th: ตัวเลขของ '{1}' เดือน {2} อยู่นอก{3}
en: Give only the months of this file's fiscal year; another year goes in its own file.
th: ระบุเฉพาะเดือนในปีงบประมาณของไฟล์นี้ ปีอื่นให้แยกไฟล์
en: {1} is given twice for '{2}'; the first is on line {3}.
th: {1} ของ '{2}' มีซ้ำสองครั้ง ครั้งแรกอยู่บรรทัด {3}
en: Keep one figure per month.
th: ให้มีเดือนละหนึ่งตัวเลข

# SiteLoader/Decoding/FieldDecoder.swift
en: '{1}' is not a number.
th: '{1}' ไม่ใช่ตัวเลข
en: Write digits, for example 88.5.
th: เขียนเป็นตัวเลข เช่น 88.5

# SiteLoader/FrontMatterParser.swift
en: Start the file with three lines:  ---  /  title: ชื่อหน้า  /  ---
th: ขึ้นต้นไฟล์ด้วยสามบรรทัด:  ---  /  title: ชื่อหน้า  /  ---
en: Add a line with only '---' after the last front matter field.
th: เพิ่มบรรทัดที่มีเพียง '---' ต่อจากช่องสุดท้ายของส่วนหัว (front matter)
en: the front matter is empty, so the page has no title.
th: ส่วนหัว (front matter) ว่างเปล่า หน้านี้จึงไม่มีชื่อเรื่อง
en: Add 'title: ชื่อหน้า' between the two '---' lines.
th: เพิ่ม 'title: ชื่อหน้า' ระหว่างบรรทัด '---' ทั้งสอง
en: the front matter
th: ส่วนหัว (front matter)
en: Write the page's name after 'title:', for example title: ประวัติความเป็นมา
th: เขียนชื่อหน้าต่อจาก 'title:' เช่น title: ประวัติความเป็นมา
en: Write an address of this site such as /old/page/: letters, digits, '-', '_' and '.', with '/' between the parts; no '..', spaces, quotes, '<', '>', '?' or '#'.
th: เขียนที่อยู่ในเว็บไซต์นี้ เช่น /old/page/ ใช้ตัวอักษร ตัวเลข '-', '_' และ '.' คั่นแต่ละส่วนด้วย '/' ห้ามมี '..' ช่องว่าง เครื่องหมายคำพูด '<', '>', '?' หรือ '#'
en: Use letters, digits and '-' only, for example annual-report.
th: ใช้ตัวอักษร ตัวเลข และ '-' เท่านั้น เช่น annual-report

# SiteLoader/SiteLoader.swift
en: the site folder '{1}' does not exist.
th: ไม่พบโฟลเดอร์เว็บไซต์ '{1}'
en: Run sitegen from the folder that holds content/, or give --source.
th: สั่ง sitegen จากโฟลเดอร์ที่มี content/ หรือระบุ --source
en: the address {1} is used by both {2} and this page.
th: ที่อยู่ {1} ถูกใช้ทั้งโดย {2} และหน้านี้
en: Rename one of the files, or give one page another 'slug'.
th: เปลี่ยนชื่อไฟล์ใดไฟล์หนึ่ง หรือกำหนด 'slug' อื่นให้หน้าหนึ่ง
en: the page shows the data file {1} (kind {2}) with layout '{3}', which cannot show it.
th: หน้านี้แสดงไฟล์ข้อมูล {1} (ชนิด {2}) ด้วย layout '{3}' ซึ่งแสดงข้อมูลนี้ไม่ได้
en: Write 'layout: {1}', the layout of {2} data, or leave 'data:' out.
th: เขียน 'layout: {1}' ซึ่งเป็น layout ของข้อมูล {2} หรือลบ 'data:' ออก
en: Name a file under data/ without its extension
th: ระบุไฟล์ใต้ data/ โดยไม่ต้องมีนามสกุลไฟล์
en: Name a file under data/ without its extension.
th: ระบุไฟล์ใต้ data/ โดยไม่ต้องมีนามสกุลไฟล์
en: there is no data file 'data/{1}.yaml' for this page.
th: ไม่มีไฟล์ข้อมูล 'data/{1}.yaml' สำหรับหน้านี้
en: folders are nested more than 64 levels deep here.
th: โฟลเดอร์ซ้อนกันลึกเกิน 64 ชั้นที่ตำแหน่งนี้
en: Flatten the folder structure.
th: ลดชั้นของโฟลเดอร์ลง
en: the folder cannot be read.
th: อ่านโฟลเดอร์ไม่ได้
en: this is a link to '{1}', outside the site folder; sitegen does not follow it.
th: รายการนี้เป็นลิงก์ไปยัง '{1}' ซึ่งอยู่นอกโฟลเดอร์เว็บไซต์ sitegen จะไม่อ่านตามลิงก์นี้
en: this link points to a file that does not exist.
th: ลิงก์นี้ชี้ไปยังไฟล์ที่ไม่มีอยู่
en: Remove the link or restore its target.
th: ลบลิงก์ออก หรือนำไฟล์ปลายทางกลับมา

# SiteModel/Disclosures/AntiCorruptionPlan.swift
en: Write the name of the plan's data file without .yaml
th: เขียนชื่อไฟล์ข้อมูลของแผนโดยไม่ต้องมี .yaml
en: there is no data file 'data/{1}.yaml' for the plan this report is about.
th: ไม่มีไฟล์ข้อมูล 'data/{1}.yaml' ของแผนที่รายงานนี้อ้างถึง
en: '{1}' is a '{2}' data file, not an anti-corruption-plan.
th: '{1}' เป็นไฟล์ข้อมูลชนิด '{2}' ไม่ใช่ anti-corruption-plan
en: Name the data file of the anti-corruption plan (kind: anti-corruption-plan).
th: ระบุไฟล์ข้อมูลของแผนป้องกันการทุจริต (kind: anti-corruption-plan)
en: fiscal year {1} is not a year of the plan '{2}' ({3}).
th: ปีงบประมาณ {1} ไม่ใช่ปีของแผน '{2}' ({3})
en: Report on one of the plan's fiscal years, or name the plan that covers {1}.
th: รายงานปีงบประมาณที่อยู่ในแผน หรือระบุแผนที่ครอบคลุมปี {1}
en: the plan '{1}' has no entry {2}.
th: แผน '{1}' ไม่มีรายการ {2}
en: Use the code the entry has in the plan ({1}).
th: ใช้รหัสของรายการตามที่อยู่ในแผน ({1})
en: the report states {1} entries planned, but the plan '{2}' has {3} (computed).
th: รายงานระบุว่ามีรายการตามแผน {1} รายการ แต่แผน '{2}' มี {3} รายการ (คำนวณ)
en: Check the figure against the plan; the page shows both.
th: ตรวจสอบตัวเลขกับแผน หน้าเว็บแสดงตัวเลขทั้งสอง
en: the report states {1} entries done, but {2} of its entries have status 'done' (computed).
th: รายงานระบุว่าดำเนินการแล้ว {1} รายการ แต่มี {2} รายการที่มีสถานะ 'done' (คำนวณ)
en: Check the statuses of the entries; the page shows both figures.
th: ตรวจสอบสถานะของรายการ หน้าเว็บแสดงตัวเลขทั้งสอง
en: the report states {1} baht spent, but the entries' 'spent' add up to {2} baht (computed).
th: รายงานระบุว่าใช้จ่าย {1} บาท แต่ 'spent' ของรายการรวมกันได้ {2} บาท (คำนวณ)
en: Check the amounts of the entries; the page shows both figures.
th: ตรวจสอบจำนวนเงินของรายการ หน้าเว็บแสดงตัวเลขทั้งสอง

# SiteModel/Disclosures/Procurement.swift
en: for the method {1} this report ({2}) states {3}, but {4} gives {5}, computed from its items (cancelled items not counted).
th: วิธี {1}: รายงานนี้ ({2}) ระบุ {3} แต่ {4} ได้ {5} ซึ่งคำนวณจากรายการ (ไม่นับรายการที่ยกเลิก)

# SitegenKit/Builder.swift
en: the layout '{1}' does not exist in the theme.
th: ไม่มี layout '{1}' ในธีม
en: Remove the 'layout' line, or add layouts/{1}.mustache to the site folder.
th: ลบบรรทัด 'layout' ออก หรือเพิ่มไฟล์ layouts/{1}.mustache ในโฟลเดอร์เว็บไซต์
en: this page is at {1}, where the site's open-data catalogue is published.
th: หน้านี้อยู่ที่ {1} ซึ่งเป็นที่เผยแพร่บัญชีข้อมูลเปิดของเว็บไซต์
en: Move or rename the page (a slug: line gives it another address).
th: ย้ายหรือเปลี่ยนชื่อหน้า (บรรทัด slug: กำหนดที่อยู่อื่นให้หน้าได้)
en: the open-data file /{1} would overwrite a page or a file of the site at that address.
th: ไฟล์ข้อมูลเปิด /{1} จะเขียนทับหน้าหรือไฟล์ของเว็บไซต์ที่ที่อยู่นั้น
en: Rename or move the page or file: /data/ holds the site's open data.
th: เปลี่ยนชื่อหรือย้ายหน้าหรือไฟล์ เพราะ /data/ เป็นที่เก็บข้อมูลเปิดของเว็บไซต์
en: {1} more problem(s) in this file are not shown.
th: ยังมีปัญหาในไฟล์นี้อีก {1} รายการที่ไม่ได้แสดง
en: Correct the {1} above first: they often share one cause (a wrong column, a sheet exported in another format), then build again.
th: แก้ {1} รายการข้างบนก่อน ซึ่งมักมีสาเหตุเดียวกัน (คอลัมน์ผิด แผ่นงานที่ส่งออกเป็นรูปแบบอื่น) แล้วสร้างเว็บไซต์อีกครั้ง
en: the output folder '{1}' would overlap the site folder '{2}'.
th: โฟลเดอร์ผลลัพธ์ '{1}' จะซ้อนทับกับโฟลเดอร์เว็บไซต์ '{2}'
en: Publishing replaces the whole output folder; choose a separate one, such as public/.
th: การเผยแพร่จะแทนที่โฟลเดอร์ผลลัพธ์ทั้งโฟลเดอร์ ให้เลือกโฟลเดอร์แยกต่างหาก เช่น public/

# SitegenKit/Checker.swift
en: sitegen has no OIT catalogue for ITA {1}.
th: sitegen ไม่มีรายการตรวจ OIT ของ ITA ปี {1}
en: Give the catalogue file of that year with ita_catalogue.
th: ระบุไฟล์รายการตรวจของปีนั้นด้วย ita_catalogue
en: '{1}' is not a year requirement.
th: '{1}' ไม่ใช่เงื่อนไขปีที่ใช้ได้
en: Use one of: any, current, previous, covers.
th: ใช้ค่าใดค่าหนึ่งต่อไปนี้: any, current, previous, covers

# SitegenKit/SearchIndex.swift
en: it could not be started: {1}
th: เริ่มโปรแกรมไม่ได้: {1}
en: it was stopped by signal {1}. {2}
th: โปรแกรมถูกหยุดด้วยสัญญาณ {1} {2}
en: it exited with status {1}. {2}
th: โปรแกรมจบการทำงานด้วยสถานะ {1} {2}
en: it wrote no {1}/pagefind.js. {2}
th: โปรแกรมไม่ได้เขียนไฟล์ {1}/pagefind.js {2}
en: ทำดัชนีค้นหาไม่สำเร็จ เว็บไซต์เดิมยังไม่ถูกเปลี่ยน / the search index could not be made with Pagefind ({1}): {2}
th: ทำดัชนีค้นหาด้วย Pagefind ({1}) ไม่สำเร็จ เว็บไซต์เดิมยังไม่ถูกเปลี่ยน: {2}
en: The previous site was left as it was. Run the Pagefind above by hand on a built copy of the site to see why, reinstall it with scripts/install-deps.sh, or build without a search index: SITEGEN_PAGEFIND=off. ตรวจสอบโปรแกรม Pagefind หรือสั่งสร้างโดยไม่ทำดัชนีค้นหาด้วย SITEGEN_PAGEFIND=off
th: เว็บไซต์เดิมยังคงอยู่ตามเดิม ลองสั่ง Pagefind ข้างบนเองกับสำเนาเว็บไซต์ที่สร้างแล้วเพื่อดูสาเหตุ ติดตั้งใหม่ด้วย scripts/install-deps.sh หรือสร้างโดยไม่ทำดัชนีค้นหาด้วย SITEGEN_PAGEFIND=off

# Messages found by the scan and the corpus (sorted into the headings above as files change)
en: a period covering {1}
th: ช่วงเวลาที่ครอบคลุมปี {1}
en: any year
th: ปีใดก็ได้
en: '{1}' is not a real month (month {2}).
th: '{1}' ไม่ใช่เดือนที่มีจริง (เดือน {2})
en: Months run 01–12.
th: เดือนมีได้ 01–12
en: '{1}' is not a month in the form YYYY-MM.
th: '{1}' ไม่ใช่เดือนแบบ YYYY-MM
en: the column '{1}' is empty in this row.
th: คอลัมน์ '{1}' ในแถวนี้ว่างเปล่า
en: the period ends ({1}) before it starts ({2}).
th: ช่วงเวลาสิ้นสุด ({1}) ก่อนวันเริ่ม ({2})
en: Check the file's {1}.
th: ตรวจสอบ {1} ในไฟล์
en: Copy the folder themes/ that comes with sitegen next to the site folder (so that themes/default/templates/ exists there, or in the site folder itself).
th: คัดลอกโฟลเดอร์ themes/ ที่มากับ sitegen ไปไว้ข้างโฟลเดอร์เว็บไซต์ (ให้มี themes/default/templates/ อยู่ที่นั่น หรือในโฟลเดอร์เว็บไซต์เอง)
en: Put the theme in themes/{1}/ next to the site folder or in it, or set 'theme: default'.
th: นำธีมไปไว้ที่ themes/{1}/ ข้างโฟลเดอร์เว็บไซต์หรือในโฟลเดอร์เว็บไซต์ หรือตั้งค่า 'theme: default'
en: the inquiry channel has no address.
th: ช่องทางสอบถามไม่มีที่อยู่
en: '{1}' is not a licence sitegen knows, nor a web address.
th: '{1}' ไม่ใช่สัญญาอนุญาตที่ sitegen รู้จัก และไม่ใช่ที่อยู่เว็บ
en: '{1}' is not an OCDS ocid prefix.
th: '{1}' ไม่ใช่รหัสนำหน้า ocid ของ OCDS
en: {1} entries per listing page is out of range.
th: จำนวน {1} รายการต่อหน้ารายการอยู่นอกช่วงที่ใช้ได้
en: {1} is a Christian-era year; the ITA year is written in B.E.
th: {1} เป็นปี ค.ศ. ปีของ ITA ต้องเขียนเป็น พ.ศ.
en: fiscal year {1} lies outside the {2} framework the plan follows.
th: ปีงบประมาณ {1} อยู่นอกกรอบ {2} ที่แผนใช้
en: dimension {1} is listed twice (first on line {2}).
th: มิติ {1} มีซ้ำสองครั้ง (ครั้งแรกที่บรรทัด {2})
en: the plan has no dimension {1}.
th: แผนไม่มีมิติ {1}
en: the total of dimension {1} is given twice.
th: ยอดรวมของมิติ {1} ระบุซ้ำสองครั้ง
en: the budget group '{1}' is listed twice.
th: กลุ่มงบประมาณ '{1}' มีซ้ำสองครั้ง
en: each entry of 'items' must be the code of an entry of the plan.
th: แต่ละรายการใน 'items' ต้องเป็นรหัสของรายการในแผน
en: the plan has no entry {1}.
th: แผนไม่มีรายการ {1}
en: entry {1} is already in budget group '{2}'.
th: รายการ {1} อยู่ในกลุ่มงบประมาณ '{2}' แล้ว
en: the budget group '{1}' has entries in more than one dimension.
th: กลุ่มงบประมาณ '{1}' มีรายการอยู่ในมากกว่าหนึ่งมิติ
en: {1} is not a dimension; the NACC framework has dimensions 1 to 4.
th: {1} ไม่ใช่มิติ กรอบของ ป.ป.ช. มีมิติ 1 ถึง 4
en: the name of dimension {1} is not the name the {2} framework gives it.
th: ชื่อของมิติ {1} ไม่ตรงกับชื่อที่กรอบ {2} กำหนด
en: mission {1} is listed twice (first on line {2}).
th: ภารกิจ {1} มีซ้ำสองครั้ง (ครั้งแรกที่บรรทัด {2})
en: '{1}' is not the code of a mission.
th: '{1}' ไม่ใช่รหัสภารกิจ
en: mission {1} is listed under dimension {2}.
th: ภารกิจ {1} อยู่ใต้มิติ {2}
en: '{1}' is not the code of a sub-objective.
th: '{1}' ไม่ใช่รหัสวัตถุประสงค์ย่อย
en: sub-objective {1} is listed under mission {2}.
th: วัตถุประสงค์ย่อย {1} อยู่ใต้ภารกิจ {2}
en: sub-objective {1} is listed twice in mission {2}.
th: วัตถุประสงค์ย่อย {1} มีซ้ำสองครั้งในภารกิจ {2}
en: mission {1} has no entries.
th: ภารกิจ {1} ไม่มีรายการ
en: entry {1} is listed under mission {2}.
th: รายการ {1} อยู่ใต้ภารกิจ {2}
en: entry {1} is listed under sub-objective {2}.
th: รายการ {1} อยู่ใต้วัตถุประสงค์ย่อย {2}
en: the code {1} is used twice (first on line {2}).
th: รหัส {1} ถูกใช้ซ้ำสองครั้ง (ครั้งแรกที่บรรทัด {2})
en: the target group has a count but no unit.
th: กลุ่มเป้าหมายมีจำนวนแต่ไม่มีหน่วยนับ
en: {1} entries done is more than the {2} planned.
th: รายการที่ดำเนินการแล้ว {1} รายการ มากกว่าที่วางแผนไว้ {2} รายการ
en: entry {1} is reported twice (first on line {2}).
th: รายการ {1} รายงานซ้ำสองครั้ง (ครั้งแรกที่บรรทัด {2})
en: how_to_file is empty.
th: how_to_file ว่างเปล่า
en: the list of time limits is empty.
th: รายการระยะเวลาว่างเปล่า
en: a time limit of 0 days cannot be met.
th: ระยะเวลา 0 วันเป็นไปไม่ได้
en: no online channel of the agency is marked for corruption complaints only; OIT o18 expects one.
th: ไม่มีช่องทางออนไลน์ของหน่วยงานที่ระบุว่ารับเฉพาะเรื่องร้องเรียนการทุจริต ซึ่ง OIT o18 กำหนดให้มี
en: '{1}' is not an e-mail address.
th: '{1}' ไม่ใช่อีเมล
en: in {1}, {2} finished so far plus {3} in progress is more than the {4} complaints received so far (carried over included).
th: ในเดือน {1} เรื่องที่เสร็จแล้วสะสม {2} เรื่อง รวมกับที่กำลังดำเนินการ {3} เรื่อง มากกว่าเรื่องที่รับไว้สะสม {4} เรื่อง (รวมเรื่องค้างจากปีก่อนแล้ว)
en: {1} is listed twice (first on line {2}).
th: {1} มีซ้ำสองครั้ง (ครั้งแรกที่บรรทัด {2})
en: the list of activities is empty.
th: รายการกิจกรรมว่างเปล่า
en: both date and period are given.
th: ระบุทั้ง date และ period
en: the file is named for {1}, but its fiscal_year is {2}; {3} is used.
th: ชื่อไฟล์เป็นของปี {1} แต่ fiscal_year เป็น {2} ระบบใช้ {3}
en: '{1}' is not a kind of data sitegen knows.
th: '{1}' ไม่ใช่ชนิดข้อมูล (kind) ที่ sitegen รู้จัก
en: the plan states no objectives (วัตถุประสงค์).
th: แผนไม่ได้ระบุวัตถุประสงค์
en: the plan has no strategies.
th: แผนไม่มียุทธศาสตร์
en: the criterion has no text, file or page.
th: หลักเกณฑ์ไม่มีข้อความ ไฟล์ หรือหน้าเว็บ
en: the activity runs in fiscal years {1}–{2}, outside the plan's period {3}–{4}.
th: กิจกรรมดำเนินการในปีงบประมาณ {1}–{2} ซึ่งอยู่นอกช่วงของแผน {3}–{4}
en: the report has neither activities nor a summary.
th: รายงานไม่มีทั้งกิจกรรมและสรุปผล
en: no activity promoting ethics is listed for fiscal year {1}.
th: ไม่มีกิจกรรมส่งเสริมจริยธรรมของปีงบประมาณ {1}
en: the code has neither a file nor a page.
th: ประมวลจริยธรรมไม่มีทั้งไฟล์และหน้าเว็บ
en: there is no Markdown page for the address '{1}'.
th: ไม่มีหน้า Markdown ของที่อยู่ '{1}'
en: the activity has both a date and a period.
th: กิจกรรมระบุทั้ง date และ period
en: the results list no indicators.
th: ผลการประเมินไม่มีตัวชี้วัด
en: indicators are numbered from 1.
th: ตัวชี้วัดเริ่มนับจาก 1
en: indicator {1} appears twice.
th: ตัวชี้วัด {1} มีซ้ำสองครั้ง
en: item {1} is not an {2} item.
th: ข้อ {1} ไม่ใช่ข้อของ {2}
en: item {1} appears twice (first on line {2}).
th: ข้อ {1} มีซ้ำสองครั้ง (ครั้งแรกที่บรรทัด {2})
en: indicator {1}'s stated average {2} is not the mean of its {3} item scores, {4} (computed by sitegen); the page shows {5} as stated.
th: คะแนนเฉลี่ยที่ระบุของตัวชี้วัด {1} คือ {2} ไม่เท่ากับค่าเฉลี่ยของคะแนน {3} ข้อ ซึ่งคือ {4} (sitegen คำนวณ) หน้าเว็บแสดง {5} ตามที่ระบุ
en: '{1}' is not an ITA item id.
th: '{1}' ไม่ใช่รหัสข้อของ ITA
en: the activity ({1}) is outside fiscal year {2}.
th: กิจกรรม ({1}) อยู่นอกปีงบประมาณ {2}
en: the register is dated {1}, before fiscal year {2} starts ({3}).
th: ทะเบียนลงวันที่ {1} ซึ่งก่อนเริ่มปีงบประมาณ {2} ({3})
en: the register says nothing was received in fiscal year {1}, but it lists {2} gift(s).
th: ทะเบียนระบุว่าไม่ได้รับสิ่งใดในปีงบประมาณ {1} แต่มีรายการของขวัญ {2} รายการ
en: the register lists no gifts and does not say that none were received.
th: ทะเบียนไม่มีรายการของขวัญ และไม่ได้ระบุว่าไม่ได้รับ
en: gift {1} ({2}) is dated after as_of ({3}).
th: ของขวัญ {1} ({2}) ลงวันที่หลัง as_of ({3})
en: {1} is not in fiscal year {2} ({3} to {4}).
th: {1} ไม่อยู่ในปีงบประมาณ {2} ({3} ถึง {4})
en: the register says nothing was received in {1}, but this gift is dated {2}.
th: ทะเบียนระบุว่าไม่ได้รับสิ่งใดในเดือน {1} แต่ของขวัญนี้ลงวันที่ {2}
en: the mapping names no level.
th: เกณฑ์ไม่ได้ระบุระดับใดเลย
en: the scores {1} belong to no level.
th: คะแนน {1} ไม่อยู่ในระดับใดเลย
en: the assessment lists no risks.
th: การประเมินไม่มีรายการความเสี่ยง
en: the stated level {1} is not the level of score {2} ({3}) by the assessment's mapping; the page shows {4}.
th: ระดับที่ระบุ {1} ไม่ตรงกับระดับของคะแนน {2} ({3}) ตามเกณฑ์ของการประเมิน หน้าเว็บแสดง {4}
en: the stated score {1} is not likelihood × impact = {2} × {3} = {4}; the page shows {5}.
th: คะแนนที่ระบุ {1} ไม่เท่ากับ โอกาส × ผลกระทบ = {2} × {3} = {4} หน้าเว็บแสดง {5}
en: risk {1} is reported twice.
th: ความเสี่ยงข้อ {1} รายงานซ้ำสองครั้ง
en: the issue lists no measures.
th: ประเด็นนี้ไม่มีมาตรการ
en: the period {1} to {2} is outside fiscal year {3}.
th: ช่วงเวลา {1} ถึง {2} อยู่นอกปีงบประมาณ {3}
en: the organisation has no units.
th: โครงสร้างองค์กรไม่มีส่วนราชการ
en: the plan states no goals (เป้าประสงค์).
th: แผนไม่ได้ระบุเป้าประสงค์
en: the strategy lists no development approaches (แนวทางการพัฒนา).
th: ยุทธศาสตร์ไม่มีแนวทางการพัฒนา
en: the strategy has no indicators (ตัวชี้วัด).
th: ยุทธศาสตร์ไม่มีตัวชี้วัด
en: the plan has no projects.
th: แผนไม่มีโครงการ
en: there is no strategy with id '{1}' in this plan.
th: แผนนี้ไม่มียุทธศาสตร์ที่มี id '{1}'
en: the project runs {1} – {2}, outside fiscal year {3} ({4} – {5}).
th: โครงการดำเนินการ {1} – {2} ซึ่งอยู่นอกปีงบประมาณ {3} ({4} – {5})
en: a {1} report covers {2} of fiscal year {3}, so its figures cannot be as of {4}, before {5}.
th: รายงาน {1} ครอบคลุม {2} ของปีงบประมาณ {3} ตัวเลขจึงเป็นข้อมูล ณ วันที่ {4} ซึ่งก่อน {5} ไม่ได้
en: the {1} report does not mention {2} project(s) of the plan: {3}.
th: รายงาน {1} ไม่ได้กล่าวถึงโครงการของแผน {2} โครงการ: {3}
en: there are two {1} progress reports.
th: มีรายงานความก้าวหน้า {1} สองฉบับ
en: there is no project with id '{1}' in this plan.
th: แผนนี้ไม่มีโครงการที่มี id '{1}'
en: the project '{1}' appears twice in this report.
th: โครงการ '{1}' มีซ้ำสองครั้งในรายงานนี้
en: the project '{1}' spent {2} baht, more than its budget of {3} baht.
th: โครงการ '{1}' ใช้จ่าย {2} บาท มากกว่างบประมาณ {3} บาท
en: the project '{1}' spent {2} baht, but the plan says it uses no budget (ไม่ใช้งบประมาณ).
th: โครงการ '{1}' ใช้จ่าย {2} บาท แต่แผนระบุว่าไม่ใช้งบประมาณ
en: the results of fiscal year {1} cannot be reported on {2}, before the year ends ({3}).
th: รายงานผลของปีงบประมาณ {1} ในวันที่ {2} ไม่ได้ เพราะยังไม่สิ้นปีงบประมาณ ({3})
en: the summary of results is empty.
th: สรุปผลว่างเปล่า
en: the report does not state the budget used.
th: รายงานไม่ได้ระบุงบประมาณที่ใช้
en: the report states no problems (ปัญหาอุปสรรค).
th: รายงานไม่ได้ระบุปัญหาอุปสรรค
en: the report states no suggestions (ข้อเสนอแนะ).
th: รายงานไม่ได้ระบุข้อเสนอแนะ
en: the stated spending ({1} baht) is more than the stated budget ({2} baht).
th: การใช้จ่ายที่ระบุ ({1} บาท) มากกว่างบประมาณที่ระบุ ({2} บาท)
en: more projects done ({1}) than planned ({2}).
th: โครงการที่ดำเนินการแล้ว ({1}) มากกว่าที่วางแผนไว้ ({2})
en: spending ({1} baht) is more than the budget ({2} baht).
th: การใช้จ่าย ({1} บาท) มากกว่างบประมาณ ({2} บาท)
en: two entries have the {1} id '{2}' (the first on line {3}).
th: มีสองรายการที่มี id ของ{1}เป็น '{2}' (รายการแรกที่บรรทัด {3})
en: write both ends as dates (YYYY-MM-DD) or both as months (YYYY-MM).
th: เขียนทั้งวันเริ่มและวันสิ้นสุดเป็นวันที่ (YYYY-MM-DD) หรือเป็นเดือน (YYYY-MM) ทั้งคู่
en: the items are given twice: in 'items' and in the CSV file named by 'items_csv'.
th: รายการถูกระบุซ้ำสองที่: ใน 'items' และในไฟล์ CSV ที่ 'items_csv' ระบุ
en: the summary of {1} is outside {2}.
th: สรุปของเดือน {1} อยู่นอก{2}
en: {1} is summarised twice; the first is on line {2}.
th: {1} มีสรุปซ้ำสองครั้ง ครั้งแรกอยู่บรรทัด {2}
en: the item {1} is in {2}, outside {3}.
th: รายการ {1} อยู่ในเดือน {2} ซึ่งอยู่นอก{3}
en: the item {1} has the status '{2}' but no contractor.
th: รายการ {1} มีสถานะ '{2}' แต่ไม่มีผู้ได้รับการคัดเลือก
en: the item {1} has the status '{2}' but no contract value.
th: รายการ {1} มีสถานะ '{2}' แต่ไม่มีราคาที่ตกลงซื้อหรือจ้าง
en: '{1}' is not a procurement method sitegen knows.
th: '{1}' ไม่ใช่วิธีจัดซื้อจัดจ้างที่ sitegen รู้จัก
en: '{1}' is not an allowed status.
th: '{1}' ไม่ใช่สถานะที่ใช้ได้
en: '{1}' is not an e-GP project number.
th: '{1}' ไม่ใช่เลขที่โครงการ e-GP
en: '{1}' is not a bidder and a price.
th: '{1}' ไม่ใช่ชื่อผู้เสนอราคาพร้อมราคา
en: the price offered by '{1}' is negative.
th: ราคาที่ '{1}' เสนอติดลบ
en: the CSV file '{1}' does not exist in the site folder.
th: ไม่พบไฟล์ CSV '{1}' ในโฟลเดอร์เว็บไซต์
en: {1} is marked as having no procurement, but {2} item(s) are listed for it.
th: {1} ระบุว่าไม่มีการจัดซื้อจัดจ้าง แต่มีรายการ {2} รายการ
en: no item is listed for {1}, and the entry does not say 'none: true'.
th: ไม่มีรายการของ {1} และไม่ได้ระบุ 'none: true'
en: the summary of {1} is dated {2}, before the month began.
th: สรุปของเดือน {1} ลงวันที่ {2} ซึ่งก่อนเริ่มเดือนนั้น
en: the method {1} is listed twice; the first is on line {2}.
th: วิธี {1} มีซ้ำสองครั้ง ครั้งแรกอยู่บรรทัด {2}
en: the method {1} has no items but an amount of {2} baht.
th: วิธี {1} ไม่มีรายการ แต่มีจำนวนเงิน {2} บาท
en: the list of online services is empty.
th: รายการบริการออนไลน์ว่างเปล่า
en: no service is listed.
th: ไม่มีรายการบริการ
en: the service '{1}' is listed twice; the first is on line {2}.
th: บริการ '{1}' มีซ้ำสองครั้ง ครั้งแรกอยู่บรรทัด {2}
en: the title is empty, so the page would publish without a name.
th: ชื่อเรื่อง (title) ว่างเปล่า หน้านี้จะถูกเผยแพร่โดยไม่มีชื่อ
en: '{1}' cannot be used as an old address of this page.
th: '{1}' ใช้เป็นที่อยู่เดิมของหน้านี้ไม่ได้
en: '{1}' cannot be used as a page address.
th: '{1}' ใช้เป็นที่อยู่ของหน้าไม่ได้
en: Correct whichever is wrong: the figures of this report, or the items of {1}{2}
th: แก้ส่วนที่ผิด: ตัวเลขในรายงานนี้ หรือรายการใน {1}{2}
en: the page has no front matter, so it has no title.
th: หน้านี้ไม่มีส่วนหัว (front matter) จึงไม่มีชื่อเรื่อง
en: the front matter starts with '---' on line 1 but is never closed.
th: ส่วนหัว (front matter) เริ่มด้วย '---' ที่บรรทัด 1 แต่ไม่มีการปิด
en: entry
th: รายการ
en: dimension
th: มิติ
en: mission
th: ภารกิจ
en: the item {1} uses {2} but has no e-GP project number.
th: รายการ {1} ใช้วิธี {2} แต่ไม่มีเลขที่โครงการ e-GP
en: dimension {1} is missing; the NACC framework has four.
th: ไม่มีมิติ {1} กรอบของ ป.ป.ช. มีสี่มิติ
en: dimensions {1} and {2} are missing; the NACC framework has four.
th: ไม่มีมิติ {1} และ {2} กรอบของ ป.ป.ช. มีสี่มิติ
# Sources/Importing/StatsFile.swift
en: the file is written anew by the import; its comments are not kept.
th: ไฟล์นี้ถูกเขียนใหม่ทั้งไฟล์โดยการนำเข้า ข้อความหมายเหตุ (comment) ในไฟล์จะไม่ถูกเก็บไว้
en: Keep notes for readers in 'note'/'notes', which are kept.
th: เขียนหมายเหตุสำหรับผู้อ่านไว้ในช่อง 'note'/'notes' ซึ่งจะถูกเก็บไว้
en: '{1}' is not a list.
th: '{1}' ไม่ใช่รายการ (list)
en: the file could not be written as YAML ({1}).
th: เขียนไฟล์เป็น YAML ไม่ได้ ({1})
# Sources/Importing/XLSXCells.swift
en: Correct the formula or type the value, save, and import again.
th: แก้สูตรหรือพิมพ์ค่าลงไปเอง บันทึก แล้วนำเข้าอีกครั้ง
en: Open the workbook in Excel or LibreOffice Calc, let it compute, save it, and import again; or type the value.
th: เปิดสมุดงานใน Excel หรือ LibreOffice Calc ให้โปรแกรมคำนวณ บันทึก แล้วนำเข้าอีกครั้ง หรือพิมพ์ค่าลงไปเอง
en: Write the amount in baht with at most two decimals, for example 16000 or 1,510,000.50.
th: เขียนจำนวนเงินเป็นบาท ทศนิยมไม่เกินสองตำแหน่ง เช่น 16000 หรือ 1,510,000.50
en: Write a whole number (0 when there were none).
th: เขียนเป็นจำนวนเต็ม (ใส่ 0 เมื่อไม่มี)
en: Write the date as a date cell, or as text such as 2024-10-15 or 15/10/2567.
th: เขียนวันที่เป็นเซลล์วันที่ หรือเป็นข้อความ เช่น 2024-10-15 หรือ 15/10/2567
en: Excel took the B.E. year for a Christian year. Write dates as text (15/10/2567) or set Excel's calendar to the Thai Buddhist calendar.
th: Excel อ่านปี พ.ศ. เป็นปี ค.ศ. ให้เขียนวันที่เป็นข้อความ (15/10/2567) หรือตั้งปฏิทินของ Excel เป็นปฏิทินพุทธศักราช
en: Write the month with its year, such as ต.ค. 2567 or 2024-10.
th: เขียนเดือนพร้อมปี เช่น ต.ค. 2567 หรือ 2024-10
en: Write the month as 2024-10, ต.ค. 2567 or ตุลาคม 2567, or as a date cell.
th: เขียนเดือนเป็น 2024-10, ต.ค. 2567 หรือ ตุลาคม 2567 หรือเป็นเซลล์วันที่
en: Write the year too (ต.ค. 2567), or give the fiscal year with --fiscal-year 2568.
th: เขียนปีด้วย (ต.ค. 2567) หรือระบุปีงบประมาณด้วย --fiscal-year 2568
# Sources/Importing/XLSXImport.swift
en: sheet '{1}' has a header row (row {2}) but no data under it.
th: แผ่นงาน '{1}' มีแถวหัวตาราง (แถว {2}) แต่ไม่มีข้อมูลใต้หัวตาราง
en: Fill in the rows below the headings, or choose another sheet with --sheet.
th: กรอกข้อมูลในแถวใต้หัวตาราง หรือเลือกแผ่นงานอื่นด้วย --sheet
en: sheet '{1}' is empty.
th: แผ่นงาน '{1}' ว่างเปล่า
en: Choose the sheet that holds the data with --sheet, or fill in this one: a row of headings, then one row per {1}.
th: เลือกแผ่นงานที่มีข้อมูลด้วย --sheet หรือกรอกแผ่นงานนี้: แถวหัวตารางหนึ่งแถว แล้วหนึ่งแถวต่อ{1}
en: sheet '{1}' has no header row sitegen knows for {2} in its first 20 rows.
th: แผ่นงาน '{1}' ไม่มีแถวหัวตารางที่ sitegen รู้จักสำหรับ {2} ใน 20 แถวแรก
en: Put a row of column headings above the data, at least {1}{2}; docs/import.md lists the headings read.
th: ใส่แถวหัวคอลัมน์ไว้เหนือข้อมูล อย่างน้อย {1}{2} หัวคอลัมน์ที่อ่านได้อยู่ใน docs/import.md
en: two columns are read as {1}: {2} and {3}.
th: มีสองคอลัมน์ที่อ่านเป็น {1}: {2} และ {3}
en: Keep one of them, or rename the other's heading.
th: เก็บไว้คอลัมน์เดียว หรือเปลี่ยนหัวของอีกคอลัมน์
en: two columns are the month {1}: {2} and {3}.
th: มีสองคอลัมน์เป็นเดือน {1}: {2} และ {3}
en: Give each month one column.
th: ให้แต่ละเดือนมีคอลัมน์เดียว
en: the column '{1}' is not one sitegen reads for {2}; it was left out.
th: คอลัมน์ '{1}' ไม่ใช่คอลัมน์ที่ sitegen อ่านสำหรับ {2} จึงไม่ได้นำเข้า
en: Headings read: {1}
th: หัวคอลัมน์ที่อ่านได้: {1}
en: sheet '{1}' has no column {2} in its header row (row {3}).
th: แผ่นงาน '{1}' ไม่มีคอลัมน์ {2} ในแถวหัวตาราง (แถว {3})
en: Add a column headed '{1}' (or one of: {2}, {3}){4}
th: เพิ่มคอลัมน์ที่มีหัวว่า '{1}' (หรือหัวใดหัวหนึ่งต่อไปนี้: {2}, {3}){4}
en: sheet '{1}' has no month column in its header row (row {2}).
th: แผ่นงาน '{1}' ไม่มีคอลัมน์เดือนในแถวหัวตาราง (แถว {2})
en: Head one column per month: ต.ค. 2567, พ.ย. 2567 … (or 2024-10, or a date cell).
th: ตั้งหัวคอลัมน์ละหนึ่งเดือน: ต.ค. 2567, พ.ย. 2567 … (หรือ 2024-10 หรือเซลล์วันที่)
en: row {1} is a total; it was left out (the site computes totals itself).
th: แถว {1} เป็นแถวรวม จึงไม่ได้นำเข้า (เว็บไซต์คำนวณยอดรวมเอง)
en: Write what was bought or hired (งานที่จัดซื้อหรือจัดจ้าง).
th: เขียนงานที่จัดซื้อหรือจัดจ้าง
en: Give each project one row; write its contracts in the same row (separated by ';').
th: ให้แต่ละโครงการมีแถวเดียว เขียนสัญญาของโครงการไว้ในแถวเดียวกัน (คั่นด้วย ';')
en: Write the 11 digits of เลขที่โครงการ (format the column as text so Excel keeps them), or leave the cell empty.
th: เขียนเลขที่โครงการ 11 หลัก (ตั้งรูปแบบคอลัมน์เป็นข้อความเพื่อให้ Excel เก็บเลขไว้ครบ) หรือเว้นว่าง
en: Write one of: {1}.
th: เขียนค่าใดค่าหนึ่งต่อไปนี้: {1}
en: Write the month whose summary (สขร.๑) lists the item, such as 2024-10 or ต.ค. 2567.
th: เขียนเดือนที่สรุปผล (สขร.๑) แสดงรายการนี้ เช่น 2024-10 หรือ ต.ค. 2567
en: Write one of: {1}, or leave it empty.
th: เขียนค่าใดค่าหนึ่งต่อไปนี้: {1} หรือเว้นว่าง
en: Write the month, such as ต.ค. 2567 or 2024-10.
th: เขียนเดือน เช่น ต.ค. 2567 หรือ 2024-10
en: Give each month one row.
th: ให้แต่ละเดือนมีแถวเดียว
en: Write 0 when there were none; leave all three empty for a month not reported yet.
th: ใส่ 0 เมื่อไม่มี เว้นว่างทั้งสามช่องสำหรับเดือนที่ยังไม่ได้รายงาน
en: Write the service's name (งานบริการ).
th: เขียนชื่องานบริการ
en: Give each service one row.
th: ให้แต่ละงานบริการมีแถวเดียว
en: Write its unit (ราย, ครั้ง, คน, เรื่อง…) in a column headed หน่วยนับ.
th: เขียนหน่วยนับ (ราย, ครั้ง, คน, เรื่อง…) ในคอลัมน์ที่มีหัวว่า หน่วยนับ
# Sources/Importing/XLSXWorkbook.swift
en: Open it in Excel (or LibreOffice Calc) and save it as "Excel Workbook (*.xlsx)"; an old .xls or a CSV file is not read.
th: เปิดไฟล์ใน Excel (หรือ LibreOffice Calc) แล้วบันทึกเป็น "Excel Workbook (*.xlsx)" ไฟล์ .xls แบบเก่าหรือไฟล์ CSV อ่านไม่ได้
en: the workbook has no sheet '{1}'.
th: สมุดงานไม่มีแผ่นงาน '{1}'
en: Its sheets are: {1}. Give one of them with --sheet (the name as on the sheet's tab).
th: แผ่นงานที่มี: {1} ระบุแผ่นงานใดแผ่นงานหนึ่งด้วย --sheet (ชื่อตามที่แสดงบนแถบแผ่นงาน)
en: the workbook has no sheet.
th: สมุดงานไม่มีแผ่นงานเลย
en: Save the workbook again from Excel.
th: บันทึกสมุดงานอีกครั้งจาก Excel
en: sheet '{1}' cannot be read ({2}).
th: อ่านแผ่นงาน '{1}' ไม่ได้ ({2})
en: Keep one fiscal year's data per workbook.
th: ให้หนึ่งสมุดงานมีข้อมูลปีงบประมาณเดียว
# Sources/Render/Theme.swift
en: the template cannot be read.
th: อ่านแม่แบบ (template) ไม่ได้
en: Write it out with 'sitegen theme export' and copy it from there.
th: ส่งออกธีมด้วย 'sitegen theme export' แล้วคัดลอกไฟล์จากที่นั่น
en: {1} is a file, not a folder.
th: {1} เป็นไฟล์ ไม่ใช่โฟลเดอร์
en: {1} file(s) of the theme exist already in {2}/ ({3}); nothing was written. Add --force to replace them with the built-in ones, or export into another folder.
th: มีไฟล์ของธีม {1} ไฟล์อยู่แล้วใน {2}/ ({3}) จึงไม่ได้เขียนอะไร เพิ่ม --force เพื่อแทนที่ด้วยไฟล์ของธีมในตัวโปรแกรม หรือส่งออกไปยังโฟลเดอร์อื่น
# Sources/SiteLoader/ConfigLoader.swift
en: Run 'sitegen new DIR' to start a site folder, or create {1} with at least 'title:' and 'base_url:' (the README's section "site.yaml reference" lists every key).
th: สั่ง 'sitegen new DIR' เพื่อเริ่มโฟลเดอร์เว็บไซต์ หรือสร้าง {1} ที่มีอย่างน้อย 'title:' และ 'base_url:' (หัวข้อ "site.yaml reference" ใน README แสดงทุกช่อง)
# Sources/SiteLoader/Datasets/AntiCorruptionPlanLoaders.swift
en: the detail sheet names {1} as responsible, but the summary ({2}{3}) names {4}.
th: แผ่นรายละเอียดระบุ {1} เป็นผู้รับผิดชอบ แต่ตารางสรุป ({2}{3}) ระบุ {4}
en: Both are shown as written; check which unit the document means.
th: แสดงทั้งสองอย่างตามที่เขียน ตรวจดูว่าเอกสารหมายถึงหน่วยงานใด
en: the detail sheet states {1} baht, but the summary ({2}{3}) gives {4} for {5}.
th: แผ่นรายละเอียดระบุ {1} บาท แต่ตารางสรุป ({2}{3}) ระบุ {4} สำหรับ {5}
en: The page shows both as written; check the figures against the document.
th: หน้าเว็บแสดงทั้งสองค่าตามที่เขียน ตรวจตัวเลขกับเอกสาร
en: '{1}' is not one of the kinds sitegen knows ({2}); it is kept and shown as written.
th: '{1}' ไม่ใช่ประเภทที่ sitegen รู้จัก ({2}) จึงเก็บและแสดงตามที่เขียน
en: If the document writes the entry so, keep it; if it is a typing mistake, write the kind the document gives.
th: ถ้าเอกสารเขียนไว้เช่นนั้น ให้คงไว้ ถ้าพิมพ์ผิด ให้เขียนประเภทตามที่เอกสารระบุ
# Sources/SiteLoader/Datasets/DatasetLoading.swift
en: the file still starts with '{1}{2}': it is not published or audited yet.
th: ไฟล์ยังขึ้นต้นด้วย '{1}{2}' จึงยังไม่เผยแพร่และยังไม่ถูกตรวจ
en: When the data in it is the agency's own (not the example), delete the first line.
th: เมื่อข้อมูลในไฟล์เป็นของหน่วยงานเอง (ไม่ใช่ตัวอย่าง) ให้ลบบรรทัดแรกออก
# Sources/SiteLoader/Datasets/IntegrityLoaders.swift
en: the risks assessed, each with its process, event, likelihood, impact and measures; or a narrative analysis without scores (corruption_types, causes, internal_factors, external_factors, corrupt_acts)
th: ความเสี่ยงที่ประเมิน แต่ละรายการมีกระบวนงาน เหตุการณ์ โอกาส ผลกระทบ และมาตรการ หรือการวิเคราะห์แบบบรรยายที่ไม่ให้คะแนน (corruption_types, causes, internal_factors, external_factors, corrupt_acts)
en: List each bribery risk with its process, event, likelihood, impact and measures, or write the narrative analysis (corruption_types, causes, internal_factors, external_factors, corrupt_acts).
th: ระบุความเสี่ยงการรับสินบนแต่ละรายการพร้อมกระบวนงาน เหตุการณ์ โอกาส ผลกระทบ และมาตรการ หรือเขียนการวิเคราะห์แบบบรรยาย (corruption_types, causes, internal_factors, external_factors, corrupt_acts)
en: Write at least one entry in corruption_types, causes, internal_factors, external_factors or corrupt_acts.
th: เขียนอย่างน้อยหนึ่งรายการใน corruption_types, causes, internal_factors, external_factors หรือ corrupt_acts
en: 'levels' maps scores to levels, but the assessment scores no risk.
th: 'levels' กำหนดระดับจากคะแนน แต่การประเมินนี้ไม่ได้ให้คะแนนความเสี่ยงใดเลย
en: Remove 'levels', or add the scored risks under 'risks'.
th: ลบ 'levels' ออก หรือเพิ่มความเสี่ยงที่ให้คะแนนไว้ใน 'risks'
# Sources/Starter/NewSite.swift
en: {1} is a file; give the name of a new folder (ต้องเป็นโฟลเดอร์ใหม่).
th: {1} เป็นไฟล์ ให้ระบุชื่อโฟลเดอร์ใหม่ (ต้องเป็นโฟลเดอร์ใหม่)
en: {1} is not empty ({2} item(s)); nothing was written. Give a new or empty folder (โฟลเดอร์นี้มีไฟล์อยู่แล้ว ไม่ได้เขียนอะไร ใช้โฟลเดอร์ใหม่หรือโฟลเดอร์ว่าง).
th: {1} ไม่ว่าง ({2} รายการ) จึงไม่ได้เขียนอะไร ใช้โฟลเดอร์ใหม่หรือโฟลเดอร์ว่าง
# Sources/SiteLoader/CopiedTextCheck.swift
en: the text names another local government: '{1}' is not this site's agency ({2}).
th: ข้อความระบุชื่อองค์กรปกครองส่วนท้องถิ่นอื่น: '{1}' ไม่ใช่หน่วยงานของเว็บไซต์นี้ ({2})
en: A document copied from another agency keeps its name: write this agency's name. If the mention is meant (a neighbour in an MOU), add the name to 'other_agencies' in site.yaml.
th: เอกสารที่คัดลอกมาจากหน่วยงานอื่นมักยังมีชื่อหน่วยงานเดิมอยู่ ให้เขียนชื่อหน่วยงานนี้แทน ถ้าตั้งใจกล่าวถึง (เช่น หน่วยงานข้างเคียงใน MOU) ให้เพิ่มชื่อนั้นใน 'other_agencies' ใน site.yaml
en: villages (หมู่บ้าน) are counted, but {1} is a town or city municipality, divided into communities (ชุมชน), not villages.
th: ข้อความนับหมู่บ้าน แต่{1}เป็นเทศบาลเมืองหรือเทศบาลนคร ซึ่งแบ่งพื้นที่เป็นชุมชน ไม่ใช่หมู่บ้าน
en: A text copied from an อบต. or a เทศบาลตำบล keeps its villages: write this municipality's ชุมชน instead.
th: ข้อความที่คัดลอกมาจาก อบต. หรือเทศบาลตำบลมักยังนับหมู่บ้านอยู่ ให้เขียนชุมชนของเทศบาลนี้แทน
"""#
