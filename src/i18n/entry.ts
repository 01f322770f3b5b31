// One message of the catalogue: its text in every language gov-tasks speaks.
export interface Entry { en: string; zh: string }
