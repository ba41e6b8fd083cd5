import PDFDocument from 'pdfkit';
import { ARCHIVE_FONTS } from './fonts';

type Struct = PDFKit.PDFStructureElement;

/**
 * A tagged PDF/A-2a document written top to bottom: headings, paragraphs and lists go into the
 * structure tree (so screen readers and archive tools see the document's parts), the footer is an
 * artifact. Every text is real text in an embedded font, never an image.
 */
export class TaggedPdf {
  readonly doc: PDFKit.PDFDocument;
  private readonly root: Struct;
  private section: Struct;
  private readonly chunks: Buffer[] = [];
  private readonly done: Promise<Buffer>;

  constructor(meta: { title: string; author: string; subject: string; lang: string }) {
    this.doc = new PDFDocument({
      pdfVersion: '1.7',
      subset: 'PDF/A-2a',
      tagged: true,
      lang: meta.lang,
      displayTitle: true,
      bufferPages: true,
      size: 'A4',
      margins: { top: 56, bottom: 64, left: 60, right: 60 },
      info: {
        Title: meta.title,
        Author: meta.author,
        Subject: meta.subject,
        Creator: 'Stafett',
        Producer: 'Stafett (PDFKit)',
      },
    });
    this.doc.registerFont('regular', ARCHIVE_FONTS.regular);
    this.doc.registerFont('bold', ARCHIVE_FONTS.bold);
    this.doc.registerFont('italic', ARCHIVE_FONTS.italic);
    this.doc.font('regular');
    this.doc.on('data', (c: Buffer) => this.chunks.push(c));
    this.done = new Promise((resolve, reject) => {
      this.doc.on('end', () => resolve(Buffer.concat(this.chunks)));
      this.doc.on('error', reject);
    });
    this.root = this.doc.struct('Document');
    this.doc.addStructure(this.root);
    this.section = this.root;
  }

  /** A part of the document (Sect) holding what `body` writes. */
  sect(body: () => void): void {
    const outer = this.section;
    const sect = this.doc.struct('Sect');
    outer.add(sect);
    this.section = sect;
    try {
      body();
    } finally {
      sect.end();
      this.section = outer;
    }
  }

  heading(level: 1 | 2 | 3, text: string): void {
    const size = level === 1 ? 18 : level === 2 ? 14 : 12;
    if (this.doc.y > this.doc.page.height - this.doc.page.margins.bottom - size * 4) {
      this.doc.addPage();
    }
    this.doc.moveDown(level === 1 ? 0 : 0.6);
    this.doc.font('bold').fontSize(size);
    this.doc.text(text, { structParent: this.section, structType: `H${level}` });
    this.doc.font('regular').fontSize(10.5).moveDown(0.2);
  }

  paragraph(text: string, opts: { italic?: boolean } = {}): void {
    if (text.trim() === '') return;
    this.doc.font(opts.italic ? 'italic' : 'regular').fontSize(10.5);
    this.doc.text(text, { structParent: this.section, structType: 'P', paragraphGap: 4 });
    this.doc.font('regular');
  }

  /** A bulleted list (L › LI › Lbl + LBody). */
  list(items: readonly string[]): void {
    const texts = items.filter((t) => t.trim() !== '');
    if (texts.length === 0) return;
    const list = this.doc.struct('L');
    this.section.add(list);
    this.doc.font('regular').fontSize(10.5);
    this.doc.list([...texts], {
      structParent: list,
      bulletRadius: 2,
      textIndent: 12,
      bulletIndent: 4,
      paragraphGap: 2,
    });
    list.end();
    this.doc.moveDown(0.3);
  }

  /** Label–value pairs as a list, each "Label: value". */
  facts(pairs: readonly (readonly [string, string])[]): void {
    this.list(pairs.filter(([, v]) => v.trim() !== '').map(([k, v]) => `${k}: ${v}`));
  }

  /** Writes the footer on every page as an artifact (not content) and returns the file. */
  async finish(footer: (page: number, pages: number) => string): Promise<Buffer> {
    const range = this.doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      this.doc.switchToPage(i);
      const page = this.doc.page;
      const bottom = page.margins.bottom;
      page.margins.bottom = 0;
      this.doc.markContent('Artifact', { type: 'Pagination' });
      this.doc
        .font('regular')
        .fontSize(8.5)
        .fillColor('#333333')
        .text(footer(i - range.start + 1, range.count), page.margins.left, page.height - 40, {
          width: page.width - page.margins.left - page.margins.right,
          align: 'center',
          lineBreak: false,
        });
      this.doc.endMarkedContent();
      page.margins.bottom = bottom;
    }
    this.root.end();
    this.doc.end();
    return this.done;
  }
}
