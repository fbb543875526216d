/** Strings of the workbook upload on the filing page, Chinese first. */
import { defineMessages } from '../../lib/i18n.ts';

export const workbookMessages = defineMessages({
  zh: {
    heading: '用 Excel 填报',
    intro:
      '下载本县本月的跟踪反馈表（附件4），在 Excel 或 WPS 中填写实际支出金额等，保存为 .xlsx 后上传。上传后先预览检查，确认无误再提交。',
    downloadFilled: '下载跟踪反馈表（带入已报数字）',
    downloadBlank: '下载空白跟踪反馈表',
    choose: '上传填好的跟踪反馈表（.xlsx，至多 1 MB）',
    reading: '正在读取并检查…',
    tooLarge: '文件 {size} 字节，超过上限 1 MB。跟踪反馈表通常约 10 KB。',
    failed: '读取失败：{message}',
    problems: '发现 {n} 处问题，改正后重新上传（未保存任何数据）：',
    file: '文件',
    warnings: '提醒（不影响提交）：',
    ready: '检查通过：{n} 行，可以提交。',
    row: '行',
    submit: '提交此工作簿',
    submitting: '正在提交…',
    refused: '服务器未接受，未保存任何数据：',
  },
  en: {
    heading: 'File with Excel',
    intro:
      'Download the county’s feedback form (Annex 4) for the month, fill in actual spending and the rest in Excel or WPS, save as .xlsx and upload it. It is checked and previewed first; submit once it is right.',
    downloadFilled: 'Download the feedback form (with the figures filed)',
    downloadBlank: 'Download a blank feedback form',
    choose: 'Upload the filled feedback form (.xlsx, at most 1 MB)',
    reading: 'Reading and checking…',
    tooLarge: 'The file is {size} bytes, over the 1 MB limit. A feedback form is about 10 KB.',
    failed: 'Could not read it: {message}',
    problems: '{n} problems found; correct them and upload again (nothing was stored):',
    file: 'file',
    warnings: 'Reminders (filing is not stopped):',
    ready: 'Checks passed: {n} lines, ready to submit.',
    row: 'Row',
    submit: 'Submit this workbook',
    submitting: 'Submitting…',
    refused: 'The server did not accept it; nothing was stored:',
  },
});
