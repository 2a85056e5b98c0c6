import { defineMessages } from '../../lib/language/feature-messages';

/** The awards beside the ranking (khen thưởng), Vietnamese first. Titles and statuses come from the domain (AWARD_TITLES). */
const vi = {
  awardsTitle: 'Khen thưởng đã quyết định / đề nghị, năm {year}',
  awardsCaption: 'Hình thức khen thưởng do Hội đồng thi đua quyết định hoặc đề nghị, theo nguồn ghi bên cạnh. Không tính vào điểm; hạng bên cạnh là hạng tính theo bộ tiêu chí, để đối chiếu.',
  awardsNone: 'Chưa có số liệu khen thưởng của các đơn vị này năm {year}.',
  colUnit: 'Đơn vị',
  colAward: 'Hình thức khen thưởng',
  colStatus: 'Trạng thái',
  colComputedRank: 'Hạng tính theo tiêu chí',
  colSource: 'Nguồn',
} as const;

export type AwardMessageKey = keyof typeof vi;

const en: Record<AwardMessageKey, string> = {
  awardsTitle: 'Awards decided / proposed, {year}',
  awardsCaption: 'Commendations decided or proposed by the emulation council, as the source beside each says. Not part of the score; the rank beside is the one computed from the criteria, for comparison.',
  awardsNone: 'No awards recorded for these units in {year}.',
  colUnit: 'Unit',
  colAward: 'Award',
  colStatus: 'Status',
  colComputedRank: 'Rank computed from the criteria',
  colSource: 'Source',
};

export const useAwardT = defineMessages<AwardMessageKey>({ vi, en });
