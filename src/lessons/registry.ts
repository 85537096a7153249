/** Every lesson, in the order the list shows them (the course's order). */
import type { Lesson } from './lesson.ts';
import { tiers } from './tiers.ts';
import { telecom } from './telecom.ts';
import { disconnection } from './disconnection.ts';
import { swimwear } from './swimwear.ts';
import { carDealer } from './carDealer.ts';
import { pareto } from './pareto.ts';
import { students } from './students.ts';

export const LESSONS: readonly Lesson[] = [tiers, telecom, disconnection, swimwear, carDealer, pareto, students];

export function lessonById(id: string | null): Lesson | null {
  return LESSONS.find((l) => l.id === id) ?? null;
}
