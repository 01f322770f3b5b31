// The catalogue's part for files: why an input cannot be read (what each reader finds wrong with
// a file) and why an output cannot be written. English texts are what the readers always said;
// library wording (a parser's own detail) is passed as {detail} and shown as it is.
import type { Entry } from './entry.js';

export const IO_MESSAGES = {
  // ---- what a reader names inside a message ({what} of another message) ----
  'part.docx': { en: 'the Word document', zh: 'Word 文档' },
  'part.doc': { en: 'the Word 97–2003 document', zh: 'Word 97–2003 文档' },
  'part.pdf': { en: 'the PDF', zh: 'PDF 文件' },
  'part.ole.directory': { en: 'directory', zh: '目录' },
  'part.ole.mini-table': { en: 'mini allocation table', zh: '短扇区分配表' },
  'part.ole.mini-stream': { en: 'mini stream', zh: '短流' },
  'part.ole.stream': { en: 'stream', zh: '数据流' },
  'part.ole.small-stream': { en: 'small stream', zh: '短数据流' },

  // ---- a library threw: what is wrong with the file, not the library's words ----
  'input.cannot-read': { en: 'cannot read {what}: {says}{debug}', zh: '无法读取{what}：{says}{debug}' },
  'says.nested': { en: 'its content is nested far deeper than any real document (damaged or hostile file)', zh: '内容嵌套层数远超任何正常文档（文件损坏或有恶意）' },
  'says.memory': { en: 'it asks for far more memory than its size could need (damaged or hostile file)', zh: '所需内存远超其大小应有的量（文件损坏或有恶意）' },
  'says.bounds': { en: 'it points outside its own data (damaged or truncated file)', zh: '内部引用指向数据之外（文件损坏或不完整）' },
  'says.xml': { en: 'its XML is damaged', zh: '其中的 XML 已损坏' },
  'says.zip': { en: 'its ZIP container is damaged', zh: '其 ZIP 容器已损坏' },
  'says.structure': { en: 'its internal structure is damaged', zh: '内部结构已损坏' },
  'says.unknown': { en: 'it is damaged or in a form gov-tasks cannot read', zh: '文件已损坏，或是 gov-tasks 无法读取的形式' },

  // ---- plain text ----
  'input.empty': { en: 'the file is empty', zh: '文件是空的' },
  'input.not-text': { en: 'not readable as text: the bytes are neither UTF-8 nor GB18030/GBK', zh: '无法作为文本读取：既不是 UTF-8 编码，也不是 GB18030/GBK 编码' },
  'input.binary-not-text': { en: 'binary data, not text (wrong extension?)', zh: '这是二进制数据，不是文本（扩展名错了？）' },
  'input.text-too-large': {
    en: '{mb} MB of text; gov-tasks reads notices of up to {max} MB of text (a long notice has a few hundred KB)',
    zh: '文本有 {mb} MB；gov-tasks 最多读取 {max} MB 的文本（一份较长的公文也只有几百 KB）',
  },

  // ---- Word (.docx) and its ZIP container ----
  'input.docx.not-zip': { en: 'not a .docx file (not a ZIP archive)', zh: '不是 .docx 文件（不是 ZIP 压缩包）' },
  'input.docx.no-document': { en: 'no word/document.xml: the ZIP archive is not a Word document', zh: '缺少 word/document.xml：该 ZIP 压缩包不是 Word 文档' },
  'input.docx.no-body': { en: 'word/document.xml has no document body', zh: 'word/document.xml 没有正文' },
  'input.docx.unparsed': { en: 'the Word document could not be parsed', zh: '无法解析该 Word 文档' },
  'input.zip.no-directory': { en: 'not a readable ZIP archive (no central directory; truncated or damaged file)', zh: '不是可读的 ZIP 压缩包（没有中央目录；文件不完整或已损坏）' },
  'input.zip.zip64': { en: 'ZIP64 archive: far larger than any Word document', zh: 'ZIP64 压缩包：远大于任何 Word 文档' },
  'input.zip.entries': { en: 'ZIP archive with {count} entries refused', zh: 'ZIP 压缩包含 {count} 个条目，已拒绝' },
  'input.zip.directory-outside': { en: 'ZIP central directory lies outside the file (truncated?)', zh: 'ZIP 中央目录位于文件之外（文件不完整？）' },
  'input.zip.directory-damaged': { en: 'damaged ZIP central directory', zh: 'ZIP 中央目录已损坏' },
  'input.zip.entry-zip64': { en: 'ZIP64 entry: far larger than any Word document', zh: 'ZIP64 条目：远大于任何 Word 文档' },
  'input.zip.entry-size': { en: 'ZIP entry {name} declares {size} uncompressed; refused', zh: 'ZIP 条目 {name} 声明解压后有 {size}，已拒绝' },
  'input.zip.bomb': {
    en: 'ZIP entry {name} has an absurd compression ratio ({size} from {compressed}): refused as a zip bomb',
    zh: 'ZIP 条目 {name} 的压缩比异常（{compressed} 解压为 {size}）：作为 ZIP 炸弹拒绝',
  },
  'input.zip.total-size': { en: 'ZIP archive declares more than {size} uncompressed; refused', zh: 'ZIP 压缩包声明解压后超过 {size}，已拒绝' },
  'input.zip.encrypted': { en: 'the ZIP entries are password-protected', zh: 'ZIP 条目有密码保护' },
  'input.zip.entry-damaged': { en: 'damaged ZIP entry {name}', zh: 'ZIP 条目 {name} 已损坏' },
  'input.zip.entry-truncated': { en: 'ZIP entry {name} is truncated', zh: 'ZIP 条目 {name} 不完整' },
  'input.zip.inflates-beyond': { en: 'ZIP entry {name} inflates beyond its declared size; refused', zh: 'ZIP 条目 {name} 解压后超过其声明的大小，已拒绝' },
  'input.zip.inflate-failed': { en: 'ZIP entry {name} cannot be decompressed (damaged data)', zh: 'ZIP 条目 {name} 无法解压（数据已损坏）' },
  'input.zip.method': { en: 'ZIP entry {name} uses compression method {method}', zh: 'ZIP 条目 {name} 使用了不支持的压缩方法 {method}' },
  'input.zip.wrong-size': { en: 'ZIP entry {name} has the wrong size (damaged data)', zh: 'ZIP 条目 {name} 的大小不对（数据已损坏）' },
  'input.zip.checksum': { en: 'ZIP entry {name} fails its checksum (damaged data)', zh: 'ZIP 条目 {name} 校验和不符（数据已损坏）' },
  'input.zip.xml-too-large': {
    en: '{name} holds {size} of XML; gov-tasks reads Word parts up to {max} (a long notice has a few hundred KB)',
    zh: '{name} 含有 {size} 的 XML；gov-tasks 读取的 Word 部件最大为 {max}（一份较长的公文也只有几百 KB）',
  },
  'input.zip.dtd': { en: '{name} declares a DTD (<!DOCTYPE>), which Word never writes: refused', zh: '{name} 声明了 DTD（<!DOCTYPE>），Word 从不这样写：已拒绝' },

  // ---- XML parts (Word, OFD) ----
  'input.xml.too-large': { en: '{part} is larger than {mb} MB of XML', zh: '{part} 的 XML 超过 {mb} MB' },
  'input.xml.doctype': { en: '{part}: a DOCTYPE declaration is not allowed here', zh: '{part}：此处不允许 DOCTYPE 声明' },
  'input.xml.deep': { en: '{part}: elements nested deeper than {depth}', zh: '{part}：元素嵌套超过 {depth} 层' },
  'input.xml.many': { en: '{part}: more than {count} elements', zh: '{part}：元素超过 {count} 个' },
  'input.xml.empty': { en: '{part}: no XML element', zh: '{part}：没有 XML 元素' },
  'input.xml.malformed': { en: '{part}: not well-formed XML ({detail})', zh: '{part}：XML 格式不正确（{detail}）' },

  // ---- Word 97–2003 (.doc, .wps) and its OLE compound file ----
  'input.doc.no-directory': { en: 'damaged OLE compound file (directory missing: truncated?)', zh: 'OLE 复合文件已损坏（缺少目录：文件不完整？）' },
  'input.doc.encrypted-office': { en: 'encrypted (password-protected) Office document', zh: '已加密（有密码保护）的 Office 文档' },
  'input.doc.excel': { en: 'an Excel workbook, not a Word document', zh: '这是 Excel 工作簿，不是 Word 文档' },
  'input.doc.powerpoint': { en: 'a PowerPoint file, not a Word document', zh: '这是 PowerPoint 文件，不是 Word 文档' },
  'input.doc.no-word-stream': { en: 'an OLE compound file without a Word document stream', zh: '这是 OLE 复合文件，但没有 Word 文档流' },
  'input.doc.encrypted': { en: 'password-protected Word 97–2003 document', zh: '有密码保护的 Word 97–2003 文档' },
  'input.doc.not-ole': { en: 'not a Word 97–2003 document (no OLE compound file header)', zh: '不是 Word 97–2003 文档（没有 OLE 复合文件头）' },
  'input.ole.short': { en: 'damaged Word 97–2003 file: shorter than its header', zh: 'Word 97–2003 文件已损坏：比文件头还短' },
  'input.ole.sector-size': { en: 'damaged Word 97–2003 file: sector size 2^{shift} is not 512 or 4096', zh: 'Word 97–2003 文件已损坏：扇区大小 2^{shift} 既不是 512 也不是 4096' },
  'input.ole.mini-sector-size': { en: 'damaged Word 97–2003 file: mini sector size is not 64', zh: 'Word 97–2003 文件已损坏：短扇区大小不是 64' },
  'input.ole.fat-count': {
    en: 'damaged Word 97–2003 file: the header declares {count} allocation-table sectors in a file of {sectors}',
    zh: 'Word 97–2003 文件已损坏：文件头声明了 {count} 个分配表扇区，而文件只有 {sectors} 个扇区',
  },
  'input.ole.difat-count': {
    en: 'damaged Word 97–2003 file: the header declares {count} DIFAT sectors in a file of {sectors}',
    zh: 'Word 97–2003 文件已损坏：文件头声明了 {count} 个 DIFAT 扇区，而文件只有 {sectors} 个扇区',
  },
  'input.ole.difat-short': {
    en: 'damaged Word 97–2003 file: the DIFAT chain ends before every allocation-table sector is listed',
    zh: 'Word 97–2003 文件已损坏：DIFAT 链在列全分配表扇区之前就结束了',
  },
  'input.ole.difat-loop': { en: 'damaged Word 97–2003 file: the DIFAT chain loops', zh: 'Word 97–2003 文件已损坏：DIFAT 链循环' },
  'input.ole.fat-beyond': {
    en: 'damaged Word 97–2003 file: allocation-table sector {id} lies beyond the end of the file',
    zh: 'Word 97–2003 文件已损坏：分配表扇区 {id} 位于文件末尾之后',
  },
  'input.ole.chain-outside': { en: 'damaged Word 97–2003 file: the {what} chain points outside the file', zh: 'Word 97–2003 文件已损坏：{what}的扇区链指向文件之外' },
  'input.ole.chain-loop': { en: 'damaged Word 97–2003 file: the {what} chain loops back to sector {sector}', zh: 'Word 97–2003 文件已损坏：{what}的扇区链循环回到扇区 {sector}' },
  'input.ole.shared-sectors': { en: 'damaged Word 97–2003 file: streams share their sectors over and over', zh: 'Word 97–2003 文件已损坏：多个数据流反复共用扇区' },
  'input.ole.no-root': { en: 'damaged Word 97–2003 file: the directory has no root entry', zh: 'Word 97–2003 文件已损坏：目录没有根条目' },
  'input.ole.entry-outside': { en: 'damaged Word 97–2003 file: a directory entry links outside the directory', zh: 'Word 97–2003 文件已损坏：目录条目链接到目录之外' },
  'input.ole.directory-loop': { en: 'damaged Word 97–2003 file: the directory links loop', zh: 'Word 97–2003 文件已损坏：目录链接循环' },
  'input.ole.mini-fat-count': {
    en: 'damaged Word 97–2003 file: the header declares {count} mini-table sectors in a file of {sectors}',
    zh: 'Word 97–2003 文件已损坏：文件头声明了 {count} 个短扇区分配表扇区，而文件只有 {sectors} 个扇区',
  },
  'input.ole.stream-size': { en: 'damaged Word 97–2003 file: a stream declares {size} bytes in a file of {length}', zh: 'Word 97–2003 文件已损坏：某数据流声明有 {size} 字节，而文件只有 {length} 字节' },
  'input.ole.stream-short': { en: 'damaged Word 97–2003 file: a stream is shorter than its declared size', zh: 'Word 97–2003 文件已损坏：某数据流比声明的短' },
  'input.ole.small-stream-short': { en: 'damaged Word 97–2003 file: a small stream is shorter than its declared size', zh: 'Word 97–2003 文件已损坏：某短数据流比声明的短' },

  // ---- PDF ----
  'input.pdf.no-text-layer': { en: 'the PDF has no text layer (a scan?): run OCR on it first', zh: '该 PDF 没有文字层（扫描件？）：请先做文字识别（OCR）' },
  'input.pdf.encrypted': { en: 'the PDF is encrypted and needs a password to open', zh: '该 PDF 已加密，需要密码才能打开' },
  'input.pdf.invalid': { en: 'the PDF is damaged or truncated (invalid PDF structure)', zh: '该 PDF 已损坏或不完整（PDF 结构无效）' },
  'input.pdf.pages': { en: 'the PDF has {pages} pages; gov-tasks reads notices of up to {max} pages', zh: '该 PDF 有 {pages} 页；gov-tasks 最多读取 {max} 页的公文' },
  'input.pdf.operators': {
    en: 'page {page} of the PDF draws {count} operators (at most {max} are read): not a notice page',
    zh: 'PDF 第 {page} 页有 {count} 个绘图指令（最多读取 {max} 个）：不是公文页面',
  },
  'input.pdf.text-items': {
    en: 'page {page} of the PDF has {count} pieces of text (at most {max} are read): not a notice page',
    zh: 'PDF 第 {page} 页有 {count} 段文字（最多读取 {max} 段）：不是公文页面',
  },

  // ---- OFD ----
  'input.ofd.pages-unreadable': { en: "the OFD's pages cannot be read: {error}", zh: 'OFD 的页面都无法读取：{error}' },
  'input.ofd.no-text': { en: 'the OFD has no text (scanned page images?): run OCR on it first', zh: '该 OFD 没有文字（扫描的页面图片？）：请先做文字识别（OCR）' },
  'input.ofd.part-too-large': { en: '{name} holds {mb} MB of XML; gov-tasks reads OFD parts up to {max} MB', zh: '{name} 含有 {mb} MB 的 XML；gov-tasks 读取的 OFD 部件最大为 {max} MB' },
  'input.ofd.encrypted': { en: 'the OFD is encrypted (GM/T 0099): decrypt it in an OFD reader first', zh: '该 OFD 已加密（GM/T 0099）：请先在 OFD 阅读器中解密' },
  'input.ofd.not-ofd': { en: 'not an OFD package: OFD.xml is missing', zh: '不是 OFD 文件包：缺少 OFD.xml' },
  'input.ofd.no-document': { en: 'the OFD names no document (OFD.xml has no DocBody/DocRoot)', zh: '该 OFD 没有指明文档（OFD.xml 中没有 DocBody/DocRoot）' },
  'input.ofd.document-missing': { en: "the OFD's document {loc} is missing or damaged", zh: 'OFD 的文档 {loc} 缺失或已损坏' },
  'input.ofd.no-pages': { en: 'the OFD document has no pages', zh: '该 OFD 文档没有页面' },
  'input.ofd.page-missing': { en: "the OFD's page {page} ({loc}) is missing", zh: 'OFD 的第 {page} 页（{loc}）缺失' },

  // ---- web pages ----
  'input.mht.no-html': { en: 'a MIME web archive (.mht) without an HTML part', zh: '该 MIME 网页归档（.mht）中没有 HTML 部分' },
  'input.html.too-deep': { en: 'the web page nests its elements too deeply to read', zh: '网页元素嵌套过深，无法读取' },
  'input.html.no-text': { en: 'the web page holds no text', zh: '网页中没有文字' },

  // ---- an output that cannot be written: the CLI prints `gov-tasks: PATH: REASON` ----
  'output.no-folder': { en: 'the folder does not exist', zh: '文件夹不存在' },
  'output.path-through-file': { en: 'a part of the path is a file, not a folder', zh: '路径中的某一部分是文件，不是文件夹' },
  'output.is-folder': { en: 'is a folder; name a file', zh: '这是一个文件夹；请指定文件名' },
  'output.permission': { en: 'permission denied', zh: '没有写入权限' },
  'output.no-space': { en: 'no space left on the device', zh: '磁盘空间不足' },
  'output.read-only': { en: 'the file system is read-only', zh: '文件系统是只读的' },
  'output.in-the-way': { en: 'a file or link is in the way', zh: '已有同名的文件或链接' },
  'output.failed': { en: 'could not be written ({code})', zh: '无法写入（{code}）' },
  'output.is-file': { en: 'is a file, not a folder', zh: '这是文件，不是文件夹' },
  'output.not-folder': { en: 'is not a folder', zh: '不是文件夹' },
  'output.symlink': { en: 'is a symbolic link inside --out-dir; not followed', zh: '是 --out-dir 中的符号链接，不跟随' },
  'output.stdout': { en: 'gov-tasks: standard output: {detail}', zh: 'gov-tasks：标准输出：{detail}' },
} as const satisfies Record<string, Entry>;
