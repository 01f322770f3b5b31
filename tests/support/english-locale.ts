// Tests expect English messages unless they ask for Chinese. gov-tasks takes its language from
// the locale (LC_ALL, LC_MESSAGES, LANG, LANGUAGE), so a developer's zh_CN locale is set aside
// here, for the test process and every CLI it spawns (children inherit the environment).
// Tests of the Chinese output set LANG or pass --lang zh themselves.
for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANGUAGE']) delete process.env[name];
process.env.LANG = 'C.UTF-8';
