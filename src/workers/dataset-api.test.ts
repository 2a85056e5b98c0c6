import { readFileSync } from 'node:fs';
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { expose, wrap, type Endpoint } from 'comlink';
import { afterEach, describe, expect, it } from 'vitest';
import { datasetApi, type DatasetWorkerApi } from './dataset-api';

const read = (name: string) => readFileSync(new URL(`../../data/${name}`, import.meta.url), 'utf8');
const files = { areas: read('areas.csv'), indicators: read('indicators.csv'), observations: read('observations.csv'), awards: read('awards.csv') };

// Node's MessagePort is an EventTarget that comlink can use as it uses a Worker; posts are watched for their transfer lists.
let open: MessagePort[] = [];
afterEach(() => {
  for (const port of open) port.close();
  open = [];
});

function connect() {
  const { port1, port2 } = new MessageChannel();
  open = [port1, port2];
  const transfers: unknown[][] = [];
  const post = port1.postMessage.bind(port1);
  port1.postMessage = (message: unknown, transferList?: readonly unknown[]) => {
    transfers.push([...(transferList ?? [])]);
    post(message, transferList as never);
  };
  expose(datasetApi, port1 as unknown as Endpoint);
  return { remote: wrap<DatasetWorkerApi>(port2 as unknown as Endpoint), transfers };
}

describe('the dataset worker hands the page its columns', () => {
  it('transfers every column buffer of a parsed dataset (a copy of 1.7M rows is 78 MB)', async () => {
    const { remote, transfers } = connect();
    const parsed = await remote.parseDatasetFiles(files);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const sent = transfers.at(-1) ?? [];
    // Nine figure and code columns, the plans as printed (data/ has two: "khoảng 9%"), the figures' kinds and dates (three estimates), the periods (the quarter and half-year figures).
    expect(sent).toHaveLength(13);
    for (const buffer of sent) expect(buffer).toBeInstanceOf(ArrayBuffer);
    const { columns } = parsed.data;
    expect(columns.length).toBeGreaterThan(0);
    expect(columns.year).toHaveLength(columns.length);
    expect(columns.areaIds).toContain('tan-uyen');
    expect(parsed.data.areas.some((a) => a.id === 'lai-chau')).toBe(true);
    expect(parsed.data.awards?.length).toBe(2);
  });

  it('a file with errors comes back as its issues, nothing transferred', async () => {
    const { remote, transfers } = connect();
    const parsed = await remote.parseDatasetFiles({ ...files, observations: 'area,year,indicator,plan,actual\nnowhere,2019,grdp_growth,1,2\n' });
    expect(parsed.ok).toBe(false);
    expect(transfers.at(-1)).toEqual([]);
  });
});
