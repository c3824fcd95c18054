import type { PersonalDataSource } from "../source"

/**
 * Every source of personal data, in the order an erasure runs them (records
 * that point at others first). Adding a module that stores personal data
 * means adding its source here.
 */
export const personalDataSources: PersonalDataSource[] = []
