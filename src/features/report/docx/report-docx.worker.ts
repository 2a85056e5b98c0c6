/// <reference lib="webworker" />
// The .docx is made here: a country's report (3,300 units, each with its table) is tens of seconds of
// building and zipping, which on the page was one task that froze it (10.7 s at 700 districts).
import { expose } from 'comlink';
import type { ReportDocument } from '../../../domain/report/document';
import { reportDocx } from './report-docx';

const api = {
  make: (doc: ReportDocument): Promise<Blob> => reportDocx(doc),
};

export type ReportDocxApi = typeof api;

expose(api);
