import { describe, expect, it } from 'vitest';
import { parseModel, parseText } from '../../src/pipeline.js';
import { paragraph, type DocModel } from '../../src/model.js';

describe('公文 elements', () => {
  it('reads 版头, 文号, a title over three lines, 主送, 落款, 附注 and 版记', async () => {
    const t = await parseText([
      '某县人民政府办公室文件', '', '某政办发〔2024〕7号', '', '某县人民政府办公室', '关于印发某县2024年政务公开', '工作要点的通知', '',
      '各乡镇人民政府，县直各部门：', '现将《某县2024年政务公开工作要点》印发给你们，请认真贯彻落实。',
      '附件：1．某县2024年政务公开工作要点', '2．任务分工表', '某县人民政府办公室', '2024年3月5日', '（此件公开发布）',
      '某县2024年政务公开工作要点', '一、重点任务', '1.做好公开工作。（县政府办牵头负责）',
      '抄送：县委办公室，县人大常委会办公室，', '县政协办公室。', '某县人民政府办公室  2024年3月6日印发',
    ].join('\n'));
    expect(t.document).toMatchObject({
      docNumber: '某政办发〔2024〕7号', docNumberParts: { prefix: '某政办发', year: 2024, serial: 7 },
      issuer: '某县人民政府办公室', title: '某县人民政府办公室关于印发某县2024年政务公开工作要点的通知',
      planTitle: '某县2024年政务公开工作要点', date: '2024-03-05', planYear: 2024,
      recipients: ['各乡镇人民政府', '县直各部门'], publicity: '此件公开发布', draft: false,
      attachments: ['某县2024年政务公开工作要点', '任务分工表'],
      cc: ['县委办公室', '县人大常委会办公室', '县政协办公室'], printed: { by: '某县人民政府办公室', date: '2024-03-06' },
    });
    expect(t.tasks).toHaveLength(1);
    expect(t.diagnostics.filter((d) => d.rule.startsWith('doc-number'))).toEqual([]);
  });

  it('keeps a cited 文号 out of docNumber and lists it as a reference with its title', async () => {
    const t = await parseText('2022年某市政务公开工作要点\n根据《某省人民政府办公厅关于印发某省2022年政务公开工作要点的通知》（某政办发〔2022〕3号）要求，制定本要点。');
    expect(t.document.docNumber).toBeNull();
    expect(t.document.references).toEqual([{ docNumber: '某政办发〔2022〕3号', title: '某省人民政府办公厅关于印发某省2022年政务公开工作要点的通知', source: { line: 2 } }]);
  });

  it('flags a draft and a 文号 that is not well-formed', async () => {
    const t = await parseText('某政办发[2024]7号\n2024年某市政务公开工作要点\n（征求意见稿）');
    expect(t.document.draft).toBe(true);
    expect(t.document.title).toBe('2024年某市政务公开工作要点');
    expect(t.diagnostics.find((d) => d.rule === 'doc-number-malformed')?.message).toContain('某政办发〔2024〕7号');
  });

  it('takes a centred line under the 文号 as the title when nothing else names it', () => {
    const model: DocModel = {
      format: 'docx', diagnostics: [],
      blocks: [
        paragraph('XXX〔2023〕X号', { paragraph: 1 }, { align: 'center' }),
        paragraph('测试公文标题', { paragraph: 2 }, { align: 'center' }),
        paragraph('正文。', { paragraph: 3 }),
      ],
    };
    const t = parseModel(model);
    expect(t.document.title).toBe('测试公文标题');
    expect(t.document.docNumber).toBe('XXX〔2023〕X号');
    expect(t.diagnostics.map((d) => d.rule)).toContain('doc-number-malformed');
  });
});

describe('more 公文 layouts', () => {
  it('reads recipients wrapped over two lines', async () => {
    const t = await parseText('某政办发〔2024〕7号\n关于做好政务公开工作的通知\n各乡（镇）人民政府，县直各单位，\n县属各企业：\n现将有关事项通知如下。');
    expect(t.document.recipients).toEqual(['各乡（镇）人民政府', '县直各单位', '县属各企业']);
  });
});
