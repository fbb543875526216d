/** The one error every reader throws: what the file is, and what the user should do. */
export class DocumentReadError extends Error {
  override name = 'DocumentReadError';
  constructor(
    /** Chinese first, then English, as the project's other upload errors read. */
    message: string,
    /** What the file was recognised as, e.g. `PDF`, `Word 97-2003 (.doc)`; null when unknown. */
    readonly format: string | null = null,
  ) {
    super(message);
  }
}

/** Throws when a reader has spent its time budget; `what` says where it stopped. */
export class ReadBudget {
  private readonly deadline: number;
  cells = 0;
  constructor(
    private readonly milliseconds: number,
    private readonly maxCells: number,
  ) {
    this.deadline = Date.now() + milliseconds;
  }

  check(what: string): void {
    if (Date.now() > this.deadline) {
      throw new DocumentReadError(
        `读取超时：读到${what}时已用尽 ${this.milliseconds / 1000} 秒上限，请拆分文件后分别上传。Reading took longer than ${this.milliseconds / 1000} s (at ${what}); split the file.`,
      );
    }
  }

  addCells(count: number, where: string): void {
    this.cells += count;
    if (this.cells > this.maxCells) {
      throw new DocumentReadError(
        `表格单元格超过 ${this.maxCells} 个（${where}），拒绝读取。The document holds more than ${this.maxCells} table cells.`,
      );
    }
  }
}
