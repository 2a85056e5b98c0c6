/** Whether a CSV line's last field stands outside quotes (its quotes balanced, none after its last comma): a test may replace that field. */
export const endsOutsideQuotes = (line: string): boolean => {
  const tail = line.slice(line.lastIndexOf(','));
  return !tail.includes('"') && (line.match(/"/g)?.length ?? 0) % 2 === 0;
};
