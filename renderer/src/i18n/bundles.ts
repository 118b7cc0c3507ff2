import en from './en.json';
import actionsEn from './parts/actions.en.json';
import actionsZh from './parts/actions.zh-CN.json';
import customTemplatesEn from './parts/customTemplates.en.json';
import customTemplatesZh from './parts/customTemplates.zh-CN.json';
import risksEn from './parts/risks.en.json';
import risksZh from './parts/risks.zh-CN.json';
import samplesEn from './parts/samples.en.json';
import samplesZh from './parts/samples.zh-CN.json';
import scorecardEn from './parts/scorecard.en.json';
import scorecardZh from './parts/scorecard.zh-CN.json';
import sizingEn from './parts/sizing.en.json';
import sizingZh from './parts/sizing.zh-CN.json';
import zhCN from './zh-CN.json';

/**
 * Each locale is the main file plus one file per method board (parts/<section>.<lang>.json), mounted
 * under the section's name: the key scorecard.title reads parts/scorecard.en.json's "title".
 */
export const enBundle = {
  ...en,
  scorecard: scorecardEn,
  risks: risksEn,
  actions: actionsEn,
  sizing: sizingEn,
  samples: samplesEn,
  customTemplates: customTemplatesEn,
};

export const zhBundle = {
  ...zhCN,
  scorecard: scorecardZh,
  risks: risksZh,
  actions: actionsZh,
  sizing: sizingZh,
  samples: samplesZh,
  customTemplates: customTemplatesZh,
};
