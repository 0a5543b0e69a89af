-- Concord's curated reference list of the main actors in security sector reform (SSR).
--
-- The mandates and SSR summaries below were written by the Concord team in its own words; they are not
-- copied from the organisations' websites or publications. Names are given in English and, where one
-- exists, in the organisation's official form (or a standard translation) in French, Spanish, Russian,
-- Arabic and Ukrainian.
--
-- Conventions:
--   * Parents are inserted before their children; every reference to another row goes through its slug.
--   * Government bodies that deliver foreign assistance (FCDO, GIZ, Sida, the US Department of State and
--     its INL bureau, and the Folke Bernadotte Academy) are typed BILATERAL_DONOR.
--   * iati_identifier is set only where the identifier is established: UN and World Bank Group entities
--     use the XM-DAC prefix with their OECD DAC code, EU Commission services the XI-IATI-EC_ identifiers,
--     governments and charities their registry-based identifiers. Where in doubt it is left null.
--   * Countries are ISO 3166-1 alpha-2 codes: a handful of countries where a field-present organisation
--     works, or only its seat for global standard setters and headquarters-level bodies.

-- ================================================================================================
-- United Nations
-- ================================================================================================

-- United Nations
insert into organisation (slug, type, subtype, iati_identifier, headquarters_country, website,
                          mandate, ssr_summary, parent_id)
values ('un', 'INTERNATIONAL_ORGANISATION', null, null, 'US',
        'https://www.un.org',
        'Universal intergovernmental organisation founded in 1945 under the Charter of the United Nations, with 193 member states. Its purposes are to maintain international peace and security, develop friendly relations among nations, promote respect for human rights and foster social and economic progress. Its principal organs, among them the General Assembly, the Security Council and the Secretariat, work alongside a wide family of funds, programmes and specialised agencies.',
        'The Security Council and the General Assembly have made SSR a standing part of the UN''s peace and security work, notably through Security Council resolution 2151 (2014), the first resolution devoted entirely to the subject, and through reports of the Secretary-General on SSR since 2008. Support is delivered by peace operations, special political missions and UN country teams, and is coordinated across the system by the Inter-Agency SSR Task Force. The UN approach puts national ownership, civilian oversight and respect for human rights at the centre of reform.',
        null);
insert into organisation_name (organisation_id, language, name, acronym) values
    ((select id from organisation where slug = 'un'), 'en', 'United Nations', 'UN'),
    ((select id from organisation where slug = 'un'), 'fr', 'Organisation des Nations Unies', 'ONU'),
    ((select id from organisation where slug = 'un'), 'es', 'Organización de las Naciones Unidas', 'ONU'),
    ((select id from organisation where slug = 'un'), 'ru', 'Организация Объединенных Наций', 'ООН'),
    ((select id from organisation where slug = 'un'), 'ar', 'الأمم المتحدة', null),
    ((select id from organisation where slug = 'un'), 'uk', 'Організація Об''єднаних Націй', 'ООН');
insert into organisation_country (organisation_id, country_code) values
    ((select id from organisation where slug = 'un'), 'US'),
    ((select id from organisation where slug = 'un'), 'CH'),
    ((select id from organisation where slug = 'un'), 'AT'),
    ((select id from organisation where slug = 'un'), 'KE');
insert into organisation_ssr_role (organisation_id, role) values
    ((select id from organisation where slug = 'un'), 'NORM_SETTING'),
    ((select id from organisation where slug = 'un'), 'COORDINATION');

-- United Nations Development Programme
insert into organisation (slug, type, subtype, iati_identifier, headquarters_country, website,
                          mandate, ssr_summary, parent_id)
values ('undp', 'INTERNATIONAL_ORGANISATION', null, 'XM-DAC-41114', 'US',
        'https://www.undp.org',
        'The UN''s development agency, working in some 170 countries and territories. It helps governments reduce poverty, build accountable institutions and the rule of law, and prevent and recover from crises, and it administers several pooled and trust funds on behalf of donors.',
        'UNDP comes to SSR from the governance side: it supports justice and security institutions, parliamentary and civilian oversight, community security and police reform, largely through its global programme on the rule of law and human rights. It co-leads the Global Focal Point for the rule of law with the Department of Peace Operations and co-chairs the Inter-Agency SSR Task Force. It has also managed large security-sector trust funds, such as the Law and Order Trust Fund for Afghanistan, which paid Afghan police salaries for nearly two decades.',
        (select id from organisation where slug = 'un'));
insert into organisation_name (organisation_id, language, name, acronym) values
    ((select id from organisation where slug = 'undp'), 'en', 'United Nations Development Programme', 'UNDP'),
    ((select id from organisation where slug = 'undp'), 'fr', 'Programme des Nations Unies pour le développement', 'PNUD'),
    ((select id from organisation where slug = 'undp'), 'es', 'Programa de las Naciones Unidas para el Desarrollo', 'PNUD'),
    ((select id from organisation where slug = 'undp'), 'ru', 'Программа развития Организации Объединенных Наций', 'ПРООН'),
    ((select id from organisation where slug = 'undp'), 'ar', 'برنامج الأمم المتحدة الإنمائي', null),
    ((select id from organisation where slug = 'undp'), 'uk', 'Програма розвитку Організації Об''єднаних Націй', 'ПРООН');
insert into organisation_country (organisation_id, country_code) values
    ((select id from organisation where slug = 'undp'), 'CD'),
    ((select id from organisation where slug = 'undp'), 'CF'),
    ((select id from organisation where slug = 'undp'), 'HT'),
    ((select id from organisation where slug = 'undp'), 'IQ'),
    ((select id from organisation where slug = 'undp'), 'LY'),
    ((select id from organisation where slug = 'undp'), 'ML'),
    ((select id from organisation where slug = 'undp'), 'SO'),
    ((select id from organisation where slug = 'undp'), 'SS'),
    ((select id from organisation where slug = 'undp'), 'UA');
insert into organisation_ssr_role (organisation_id, role) values
    ((select id from organisation where slug = 'undp'), 'TECHNICAL_ASSISTANCE'),
    ((select id from organisation where slug = 'undp'), 'FUNDING'),
    ((select id from organisation where slug = 'undp'), 'COORDINATION');

-- Department of Peace Operations
insert into organisation (slug, type, subtype, iati_identifier, headquarters_country, website,
                          mandate, ssr_summary, parent_id)
values ('un-dpo', 'INTERNATIONAL_ORGANISATION', null, null, 'US',
        'https://peacekeeping.un.org',
        'Department of the UN Secretariat that plans, directs and supports UN peacekeeping operations. It was created on 1 January 2019, when the Secretary-General''s reform of the peace and security pillar replaced the Department of Peacekeeping Operations. Besides political and executive direction of missions, it houses the Office of Military Affairs and the Office of Rule of Law and Security Institutions.',
        'Many multidimensional peacekeeping mandates ask missions to help host states reform their police, defence and wider security sectors, and DPO answers for that work at headquarters. Through its Office of Rule of Law and Security Institutions it backs missions with expertise on SSR, police, justice and corrections, disarmament, demobilisation and reintegration, and mine action. It co-chairs the Inter-Agency SSR Task Force and co-leads the Global Focal Point for the rule of law with UNDP.',
        (select id from organisation where slug = 'un'));
insert into organisation_name (organisation_id, language, name, acronym) values
    ((select id from organisation where slug = 'un-dpo'), 'en', 'Department of Peace Operations', 'DPO'),
    ((select id from organisation where slug = 'un-dpo'), 'fr', 'Département des opérations de paix', 'DOP'),
    ((select id from organisation where slug = 'un-dpo'), 'es', 'Departamento de Operaciones de Paz', 'DOP'),
    ((select id from organisation where slug = 'un-dpo'), 'ru', 'Департамент операций по поддержанию мира', 'ДОПМ'),
    ((select id from organisation where slug = 'un-dpo'), 'ar', 'إدارة عمليات السلام', null),
    ((select id from organisation where slug = 'un-dpo'), 'uk', 'Департамент миротворчих операцій', null);
insert into organisation_country (organisation_id, country_code) values
    ((select id from organisation where slug = 'un-dpo'), 'CD'),
    ((select id from organisation where slug = 'un-dpo'), 'CF'),
    ((select id from organisation where slug = 'un-dpo'), 'SS'),
    ((select id from organisation where slug = 'un-dpo'), 'LB'),
    ((select id from organisation where slug = 'un-dpo'), 'CY'),
    ((select id from organisation where slug = 'un-dpo'), 'EH');
insert into organisation_ssr_role (organisation_id, role) values
    ((select id from organisation where slug = 'un-dpo'), 'TECHNICAL_ASSISTANCE'),
    ((select id from organisation where slug = 'un-dpo'), 'COORDINATION');

-- Security Sector Reform Unit
insert into organisation (slug, type, subtype, iati_identifier, headquarters_country, website,
                          mandate, ssr_summary, parent_id)
values ('un-dpo-ssr-unit', 'INTERNATIONAL_ORGANISATION', null, null, 'US',
        'https://peacekeeping.un.org/en/security-sector-reform',
        'Unit of the Office of Rule of Law and Security Institutions in the Department of Peace Operations, based at UN Headquarters in New York. It is the Secretariat''s specialised SSR capacity, serving peacekeeping operations and special political missions and, on request, UN country teams and national authorities. It also acts as secretariat of the Inter-Agency SSR Task Force.',
        'The unit helps missions turn SSR mandates into practice, for instance by advising on national security policies and strategies, security sector reviews and the financial management and governance of security institutions. It drafts UN policy and technical guidance on SSR, including the Integrated Technical Guidance Notes, and together with the World Bank it produced guidance on public expenditure reviews of the security sector. It works closely with regional partners such as the African Union and the European Union and with specialist centres such as DCAF.',
        (select id from organisation where slug = 'un-dpo'));
insert into organisation_name (organisation_id, language, name, acronym) values
    ((select id from organisation where slug = 'un-dpo-ssr-unit'), 'en', 'Security Sector Reform Unit', 'SSRU'),
    ((select id from organisation where slug = 'un-dpo-ssr-unit'), 'fr', 'Groupe de la réforme du secteur de la sécurité', null),
    ((select id from organisation where slug = 'un-dpo-ssr-unit'), 'es', 'Dependencia de Reforma del Sector de la Seguridad', null),
    ((select id from organisation where slug = 'un-dpo-ssr-unit'), 'ru', 'Группа по реформе сектора безопасности', null),
    ((select id from organisation where slug = 'un-dpo-ssr-unit'), 'ar', 'وحدة إصلاح قطاع الأمن', null);
insert into organisation_country (organisation_id, country_code) values
    ((select id from organisation where slug = 'un-dpo-ssr-unit'), 'CF'),
    ((select id from organisation where slug = 'un-dpo-ssr-unit'), 'CD'),
    ((select id from organisation where slug = 'un-dpo-ssr-unit'), 'SS'),
    ((select id from organisation where slug = 'un-dpo-ssr-unit'), 'SO'),
    ((select id from organisation where slug = 'un-dpo-ssr-unit'), 'LY');
insert into organisation_ssr_role (organisation_id, role) values
    ((select id from organisation where slug = 'un-dpo-ssr-unit'), 'TECHNICAL_ASSISTANCE'),
    ((select id from organisation where slug = 'un-dpo-ssr-unit'), 'NORM_SETTING'),
    ((select id from organisation where slug = 'un-dpo-ssr-unit'), 'COORDINATION');

-- Office of the United Nations High Commissioner for Human Rights
insert into organisation (slug, type, subtype, iati_identifier, headquarters_country, website,
                          mandate, ssr_summary, parent_id)
values ('ohchr', 'INTERNATIONAL_ORGANISATION', null, 'XM-DAC-41313', 'CH',
        'https://www.ohchr.org',
        'Part of the UN Secretariat, headed by the High Commissioner for Human Rights, a post the General Assembly created in 1993. From Geneva it leads the UN''s human rights work, supporting the Human Rights Council, the special procedures and the treaty bodies, and it runs country and regional offices and the human rights components of peace missions.',
        'OHCHR brings a human rights lens to SSR: it monitors and reports on abuses by security forces, advises on vetting and accountability mechanisms, and trains police, military and prison staff in human rights standards. It supports implementation of the UN Human Rights Due Diligence Policy, under which UN support to non-UN security forces depends on an assessment of the risk of grave violations. It also helps set up national human rights institutions able to oversee security services.',
        (select id from organisation where slug = 'un'));
insert into organisation_name (organisation_id, language, name, acronym) values
    ((select id from organisation where slug = 'ohchr'), 'en', 'Office of the United Nations High Commissioner for Human Rights', 'OHCHR'),
    ((select id from organisation where slug = 'ohchr'), 'fr', 'Haut-Commissariat des Nations Unies aux droits de l''homme', 'HCDH'),
    ((select id from organisation where slug = 'ohchr'), 'es', 'Oficina del Alto Comisionado de las Naciones Unidas para los Derechos Humanos', 'ACNUDH'),
    ((select id from organisation where slug = 'ohchr'), 'ru', 'Управление Верховного комиссара Организации Объединенных Наций по правам человека', 'УВКПЧ'),
    ((select id from organisation where slug = 'ohchr'), 'ar', 'مفوضية الأمم المتحدة السامية لحقوق الإنسان', null),
    ((select id from organisation where slug = 'ohchr'), 'uk', 'Управління Верховного комісара ООН з прав людини', 'УВКПЛ');
insert into organisation_country (organisation_id, country_code) values
    ((select id from organisation where slug = 'ohchr'), 'CO'),
    ((select id from organisation where slug = 'ohchr'), 'GT'),
    ((select id from organisation where slug = 'ohchr'), 'HN'),
    ((select id from organisation where slug = 'ohchr'), 'MX'),
    ((select id from organisation where slug = 'ohchr'), 'UA'),
    ((select id from organisation where slug = 'ohchr'), 'KH'),
    ((select id from organisation where slug = 'ohchr'), 'TN');
insert into organisation_ssr_role (organisation_id, role) values
    ((select id from organisation where slug = 'ohchr'), 'MONITORING_EVALUATION'),
    ((select id from organisation where slug = 'ohchr'), 'TECHNICAL_ASSISTANCE'),
    ((select id from organisation where slug = 'ohchr'), 'TRAINING');

-- United Nations Office on Drugs and Crime
insert into organisation (slug, type, subtype, iati_identifier, headquarters_country, website,
                          mandate, ssr_summary, parent_id)
values ('unodc', 'INTERNATIONAL_ORGANISATION', null, 'XM-DAC-41128', 'AT',
        'https://www.unodc.org',
        'UN office based in Vienna that helps member states act against illicit drugs, organised crime, corruption and terrorism. It is the guardian of the UN conventions against transnational organized crime and against corruption, supports the bodies of the drug control treaties, and keeps the UN standards and norms on crime prevention and criminal justice. It combines research with technical assistance delivered through field offices.',
        'UNODC works on the criminal justice end of SSR: police accountability and integrity, prosecution services, prison management in line with the Nelson Mandela Rules, border control and anti-corruption bodies. Its handbooks and training curricula on policing, police oversight and prison reform are standard references in reform programmes. With the World Customs Organization it also runs joint port and airport control units that bring police and customs officers together.',
        (select id from organisation where slug = 'un'));
insert into organisation_name (organisation_id, language, name, acronym) values
    ((select id from organisation where slug = 'unodc'), 'en', 'United Nations Office on Drugs and Crime', 'UNODC'),
    ((select id from organisation where slug = 'unodc'), 'fr', 'Office des Nations Unies contre la drogue et le crime', 'ONUDC'),
    ((select id from organisation where slug = 'unodc'), 'es', 'Oficina de las Naciones Unidas contra la Droga y el Delito', 'UNODC'),
    ((select id from organisation where slug = 'unodc'), 'ru', 'Управление Организации Объединенных Наций по наркотикам и преступности', 'УНП ООН'),
    ((select id from organisation where slug = 'unodc'), 'ar', 'مكتب الأمم المتحدة المعني بالمخدرات والجريمة', null),
    ((select id from organisation where slug = 'unodc'), 'uk', 'Управління ООН з наркотиків і злочинності', 'УНЗ ООН');
insert into organisation_country (organisation_id, country_code) values
    ((select id from organisation where slug = 'unodc'), 'AF'),
    ((select id from organisation where slug = 'unodc'), 'CO'),
    ((select id from organisation where slug = 'unodc'), 'MM'),
    ((select id from organisation where slug = 'unodc'), 'NG'),
    ((select id from organisation where slug = 'unodc'), 'PK'),
    ((select id from organisation where slug = 'unodc'), 'MX'),
    ((select id from organisation where slug = 'unodc'), 'KE'),
    ((select id from organisation where slug = 'unodc'), 'SN');
insert into organisation_ssr_role (organisation_id, role) values
    ((select id from organisation where slug = 'unodc'), 'NORM_SETTING'),
    ((select id from organisation where slug = 'unodc'), 'TECHNICAL_ASSISTANCE'),
    ((select id from organisation where slug = 'unodc'), 'TRAINING'),
    ((select id from organisation where slug = 'unodc'), 'RESEARCH');

-- United Nations Entity for Gender Equality and the Empowerment of Women
insert into organisation (slug, type, subtype, iati_identifier, headquarters_country, website,
                          mandate, ssr_summary, parent_id)
values ('un-women', 'INTERNATIONAL_ORGANISATION', null, 'XM-DAC-41146', 'US',
        'https://www.unwomen.org',
        'UN entity created by the General Assembly in 2010 by merging four earlier UN bodies that worked on gender equality. It supports intergovernmental standard-setting such as the Commission on the Status of Women, helps member states put those standards into practice, and coordinates the UN system''s own work on gender equality.',
        'UN Women carries the women, peace and security agenda launched by Security Council resolution 1325 (2000) into the security sector. It supports gender-responsive reform of police, armed forces and justice institutions, the recruitment, retention and promotion of women in security services, and better handling of sexual and gender-based violence. With DCAF and the OSCE it produced the Gender and Security Toolkit used by reform practitioners.',
        (select id from organisation where slug = 'un'));
insert into organisation_name (organisation_id, language, name, acronym) values
    ((select id from organisation where slug = 'un-women'), 'en', 'United Nations Entity for Gender Equality and the Empowerment of Women', 'UN Women'),
    ((select id from organisation where slug = 'un-women'), 'fr', 'Entité des Nations Unies pour l''égalité des sexes et l''autonomisation des femmes', 'ONU-Femmes'),
    ((select id from organisation where slug = 'un-women'), 'es', 'Entidad de las Naciones Unidas para la Igualdad de Género y el Empoderamiento de las Mujeres', 'ONU-Mujeres'),
    ((select id from organisation where slug = 'un-women'), 'ru', 'Структура Организации Объединенных Наций по вопросам гендерного равенства и расширения прав и возможностей женщин', 'ООН-женщины'),
    ((select id from organisation where slug = 'un-women'), 'ar', 'هيئة الأمم المتحدة للمساواة بين الجنسين وتمكين المرأة', 'هيئة الأمم المتحدة للمرأة'),
    ((select id from organisation where slug = 'un-women'), 'uk', 'Структура ООН з питань гендерної рівності та розширення прав і можливостей жінок', 'ООН Жінки');
insert into organisation_country (organisation_id, country_code) values
    ((select id from organisation where slug = 'un-women'), 'CO'),
    ((select id from organisation where slug = 'un-women'), 'LR'),
    ((select id from organisation where slug = 'un-women'), 'SS'),
    ((select id from organisation where slug = 'un-women'), 'UA'),
    ((select id from organisation where slug = 'un-women'), 'IQ'),
    ((select id from organisation where slug = 'un-women'), 'CD');
insert into organisation_ssr_role (organisation_id, role) values
    ((select id from organisation where slug = 'un-women'), 'NORM_SETTING'),
    ((select id from organisation where slug = 'un-women'), 'TECHNICAL_ASSISTANCE');

-- United Nations Children's Fund
insert into organisation (slug, type, subtype, iati_identifier, headquarters_country, website,
                          mandate, ssr_summary, parent_id)
values ('unicef', 'INTERNATIONAL_ORGANISATION', null, 'XM-DAC-41122', 'US',
        'https://www.unicef.org',
        'UN fund, created in 1946, that works for the rights and well-being of children in more than 190 countries and territories. Guided by the Convention on the Rights of the Child, it runs programmes in health, nutrition, education, water and sanitation and child protection, in both development and humanitarian settings.',
        'UNICEF''s SSR-related work concerns child protection and justice for children. It negotiates and supports the release and reintegration of children associated with armed forces and groups, helps armies adopt age-verification and anti-recruitment safeguards, and co-chairs the country task forces that monitor and report grave violations against children in armed conflict. It also helps police, courts and prisons adopt child-friendly procedures and alternatives to detention.',
        (select id from organisation where slug = 'un'));
insert into organisation_name (organisation_id, language, name, acronym) values
    ((select id from organisation where slug = 'unicef'), 'en', 'United Nations Children''s Fund', 'UNICEF'),
    ((select id from organisation where slug = 'unicef'), 'fr', 'Fonds des Nations Unies pour l''enfance', 'UNICEF'),
    ((select id from organisation where slug = 'unicef'), 'es', 'Fondo de las Naciones Unidas para la Infancia', 'UNICEF'),
    ((select id from organisation where slug = 'unicef'), 'ru', 'Детский фонд Организации Объединенных Наций', 'ЮНИСЕФ'),
    ((select id from organisation where slug = 'unicef'), 'ar', 'منظمة الأمم المتحدة للطفولة', 'اليونيسف'),
    ((select id from organisation where slug = 'unicef'), 'uk', 'Дитячий фонд ООН', 'ЮНІСЕФ');
insert into organisation_country (organisation_id, country_code) values
    ((select id from organisation where slug = 'unicef'), 'CD'),
    ((select id from organisation where slug = 'unicef'), 'CF'),
    ((select id from organisation where slug = 'unicef'), 'SS'),
    ((select id from organisation where slug = 'unicef'), 'SO'),
    ((select id from organisation where slug = 'unicef'), 'YE'),
    ((select id from organisation where slug = 'unicef'), 'ML');
insert into organisation_ssr_role (organisation_id, role) values
    ((select id from organisation where slug = 'unicef'), 'TECHNICAL_ASSISTANCE'),
    ((select id from organisation where slug = 'unicef'), 'MONITORING_EVALUATION');

-- United Nations Institute for Training and Research
insert into organisation (slug, type, subtype, iati_identifier, headquarters_country, website,
                          mandate, ssr_summary, parent_id)
values ('unitar', 'ACADEMIC_TRAINING_CENTRE', null, 'XM-DAC-41125', 'CH',
        'https://unitar.org',
        'Autonomous UN body established by the General Assembly in 1963 to build the capacities of governments, international organisations and other actors through training and research. Headquartered in Geneva, it runs face-to-face and online learning on peace, multilateral diplomacy, environment and development.',
        'UNITAR''s peacekeeping training work prepares military, police and civilian personnel for deployment to peace operations in line with UN standards, often together with national and regional training centres. Its courses cover subjects close to SSR such as conflict analysis, protection of civilians and the prevention of sexual violence in conflict. It also trains officials from fragile and conflict-affected states in conflict prevention and peacebuilding.',
        (select id from organisation where slug = 'un'));
insert into organisation_name (organisation_id, language, name, acronym) values
    ((select id from organisation where slug = 'unitar'), 'en', 'United Nations Institute for Training and Research', 'UNITAR'),
    ((select id from organisation where slug = 'unitar'), 'fr', 'Institut des Nations Unies pour la formation et la recherche', 'UNITAR'),
    ((select id from organisation where slug = 'unitar'), 'es', 'Instituto de las Naciones Unidas para Formación Profesional e Investigaciones', 'UNITAR'),
    ((select id from organisation where slug = 'unitar'), 'ru', 'Учебный и научно-исследовательский институт Организации Объединенных Наций', 'ЮНИТАР'),
    ((select id from organisation where slug = 'unitar'), 'ar', 'معهد الأمم المتحدة للتدريب والبحث', 'اليونيتار'),
    ((select id from organisation where slug = 'unitar'), 'uk', 'Навчальний і науково-дослідний інститут ООН', 'ЮНІТАР');
insert into organisation_country (organisation_id, country_code) values
    ((select id from organisation where slug = 'unitar'), 'CH'),
    ((select id from organisation where slug = 'unitar'), 'US'),
    ((select id from organisation where slug = 'unitar'), 'JP');
insert into organisation_ssr_role (organisation_id, role) values
    ((select id from organisation where slug = 'unitar'), 'TRAINING'),
    ((select id from organisation where slug = 'unitar'), 'RESEARCH');

-- United Nations Office for Project Services
insert into organisation (slug, type, subtype, iati_identifier, headquarters_country, website,
                          mandate, ssr_summary, parent_id)
values ('unops', 'INTERNATIONAL_ORGANISATION', null, 'XM-DAC-41502', 'DK',
        'https://www.unops.org',
        'UN operational entity, headquartered in Copenhagen, that provides infrastructure, procurement and project management services to governments, UN organisations, donors and other partners. It finances itself from fees on the projects it carries out rather than from assessed or core contributions.',
        'UNOPS supports SSR mainly through the physical and administrative backbone of security and justice institutions: it designs and builds police stations, courthouses, prisons and border posts, procures equipment, and manages donor funds that pay or equip security personnel. It has run stipend and infrastructure programmes for police and justice services in fragile states such as Somalia, with fiduciary controls that donors rely on.',
        (select id from organisation where slug = 'un'));
insert into organisation_name (organisation_id, language, name, acronym) values
    ((select id from organisation where slug = 'unops'), 'en', 'United Nations Office for Project Services', 'UNOPS'),
    ((select id from organisation where slug = 'unops'), 'fr', 'Bureau des Nations Unies pour les services d''appui aux projets', 'UNOPS'),
    ((select id from organisation where slug = 'unops'), 'es', 'Oficina de las Naciones Unidas de Servicios para Proyectos', 'UNOPS'),
    ((select id from organisation where slug = 'unops'), 'ru', 'Управление Организации Объединенных Наций по обслуживанию проектов', 'ЮНОПС'),
    ((select id from organisation where slug = 'unops'), 'ar', 'مكتب الأمم المتحدة لخدمات المشاريع', null),
    ((select id from organisation where slug = 'unops'), 'uk', 'Управління ООН з обслуговування проєктів', 'ЮНОПС');
insert into organisation_country (organisation_id, country_code) values
    ((select id from organisation where slug = 'unops'), 'HT'),
    ((select id from organisation where slug = 'unops'), 'SO'),
    ((select id from organisation where slug = 'unops'), 'SS'),
    ((select id from organisation where slug = 'unops'), 'SL'),
    ((select id from organisation where slug = 'unops'), 'UA'),
    ((select id from organisation where slug = 'unops'), 'AF');
insert into organisation_ssr_role (organisation_id, role) values
    ((select id from organisation where slug = 'unops'), 'TECHNICAL_ASSISTANCE');

-- United Nations Population Fund
insert into organisation (slug, type, subtype, iati_identifier, headquarters_country, website,
                          mandate, ssr_summary, parent_id)
values ('unfpa', 'INTERNATIONAL_ORGANISATION', null, 'XM-DAC-41119', 'US',
        'https://www.unfpa.org',
        'The UN agency for sexual and reproductive health and population matters. It supports family planning, maternal health and population data, and works to end gender-based violence and harmful practices, in development programmes and in humanitarian crises alike.',
        'UNFPA''s contribution to SSR concerns gender-based violence: it helps police and justice services set up survivor-centred procedures, specialised units and referral pathways to health and psychosocial care, and it trains security personnel to handle such cases. In humanitarian crises it leads the coordination of the response to gender-based violence, which regularly involves police and other security actors.',
        (select id from organisation where slug = 'un'));
insert into organisation_name (organisation_id, language, name, acronym) values
    ((select id from organisation where slug = 'unfpa'), 'en', 'United Nations Population Fund', 'UNFPA'),
    ((select id from organisation where slug = 'unfpa'), 'fr', 'Fonds des Nations Unies pour la population', 'FNUAP'),
    ((select id from organisation where slug = 'unfpa'), 'es', 'Fondo de Población de las Naciones Unidas', 'UNFPA'),
    ((select id from organisation where slug = 'unfpa'), 'ru', 'Фонд Организации Объединенных Наций в области народонаселения', 'ЮНФПА'),
    ((select id from organisation where slug = 'unfpa'), 'ar', 'صندوق الأمم المتحدة للسكان', null),
    ((select id from organisation where slug = 'unfpa'), 'uk', 'Фонд ООН у галузі народонаселення', 'ЮНФПА');
insert into organisation_country (organisation_id, country_code) values
    ((select id from organisation where slug = 'unfpa'), 'CD'),
    ((select id from organisation where slug = 'unfpa'), 'SS'),
    ((select id from organisation where slug = 'unfpa'), 'SO'),
    ((select id from organisation where slug = 'unfpa'), 'IQ'),
    ((select id from organisation where slug = 'unfpa'), 'UA');
insert into organisation_ssr_role (organisation_id, role) values
    ((select id from organisation where slug = 'unfpa'), 'TECHNICAL_ASSISTANCE'),
    ((select id from organisation where slug = 'unfpa'), 'COORDINATION');

-- United Nations Office for Disarmament Affairs
insert into organisation (slug, type, subtype, iati_identifier, headquarters_country, website,
                          mandate, ssr_summary, parent_id)
values ('unoda', 'INTERNATIONAL_ORGANISATION', null, 'XM-DAC-41601', 'US',
        'https://disarmament.unoda.org',
        'Office of the UN Secretariat that supports multilateral disarmament and arms control, from weapons of mass destruction to conventional arms and new weapon technologies. It services disarmament bodies and treaty meetings, promotes adherence to the relevant treaties, and runs regional centres in Africa, Latin America and the Caribbean, and Asia and the Pacific.',
        'UNODA''s work overlaps with SSR in the control of small arms, light weapons and ammunition. It supports the UN Programme of Action on small arms and the international technical standards for small arms control and ammunition management, and helps states improve stockpile security, marking and record-keeping. Its regional centres train police, customs and defence officials, and a trust facility it manages funds national arms regulation projects.',
        (select id from organisation where slug = 'un'));
insert into organisation_name (organisation_id, language, name, acronym) values
    ((select id from organisation where slug = 'unoda'), 'en', 'United Nations Office for Disarmament Affairs', 'UNODA'),
    ((select id from organisation where slug = 'unoda'), 'fr', 'Bureau des affaires de désarmement', null),
    ((select id from organisation where slug = 'unoda'), 'es', 'Oficina de Asuntos de Desarme de las Naciones Unidas', 'UNODA'),
    ((select id from organisation where slug = 'unoda'), 'ru', 'Управление Организации Объединенных Наций по вопросам разоружения', null),
    ((select id from organisation where slug = 'unoda'), 'ar', 'مكتب الأمم المتحدة لشؤون نزع السلاح', null),
    ((select id from organisation where slug = 'unoda'), 'uk', 'Управління ООН з питань роззброєння', null);
insert into organisation_country (organisation_id, country_code) values
    ((select id from organisation where slug = 'unoda'), 'TG'),
    ((select id from organisation where slug = 'unoda'), 'PE'),
    ((select id from organisation where slug = 'unoda'), 'NP'),
    ((select id from organisation where slug = 'unoda'), 'AT'),
    ((select id from organisation where slug = 'unoda'), 'CH');
insert into organisation_ssr_role (organisation_id, role) values
    ((select id from organisation where slug = 'unoda'), 'NORM_SETTING'),
    ((select id from organisation where slug = 'unoda'), 'TECHNICAL_ASSISTANCE');

-- Inter-Agency Security Sector Reform Task Force
insert into organisation (slug, type, subtype, iati_identifier, headquarters_country, website,
                          mandate, ssr_summary, parent_id)
values ('un-iassrtf', 'INTERNATIONAL_ORGANISATION', null, null, 'US',
        null,
        'Coordination body set up by the UN Secretary-General in 2007 so that the UN system works from a common approach to SSR. It brings together the UN departments, funds, programmes and agencies engaged in security sector work, is co-chaired by the Department of Peace Operations and UNDP, and relies on the DPO Security Sector Reform Unit as its secretariat.',
        'The task force develops system-wide SSR policy and guidance, most notably the Integrated Technical Guidance Notes on SSR, and encourages joint analysis and programming among its members. It helps field missions and country teams that need coordinated SSR support and keeps member states informed through briefings and events.',
        (select id from organisation where slug = 'un'));
insert into organisation_name (organisation_id, language, name, acronym) values
    ((select id from organisation where slug = 'un-iassrtf'), 'en', 'Inter-Agency Security Sector Reform Task Force', 'IASSRTF'),
    ((select id from organisation where slug = 'un-iassrtf'), 'fr', 'Équipe spéciale interinstitutions pour la réforme du secteur de la sécurité', null),
    ((select id from organisation where slug = 'un-iassrtf'), 'es', 'Equipo de Tareas Interinstitucional sobre la Reforma del Sector de la Seguridad', null),
    ((select id from organisation where slug = 'un-iassrtf'), 'ru', 'Межучрежденческая целевая группа по реформе сектора безопасности', null),
    ((select id from organisation where slug = 'un-iassrtf'), 'ar', 'فرقة العمل المشتركة بين الوكالات المعنية بإصلاح قطاع الأمن', null);
insert into organisation_ssr_role (organisation_id, role) values
    ((select id from organisation where slug = 'un-iassrtf'), 'COORDINATION'),
    ((select id from organisation where slug = 'un-iassrtf'), 'NORM_SETTING');

-- ================================================================================================
-- European Union
-- ================================================================================================

-- European Union
insert into organisation (slug, type, subtype, iati_identifier, headquarters_country, website,
                          mandate, ssr_summary, parent_id)
values ('eu', 'REGIONAL_ORGANISATION', null, null, 'BE',
        'https://european-union.europa.eu',
        'Political and economic union of 27 European states, based on the Treaty on European Union and the Treaty on the Functioning of the European Union. Its institutions adopt common legislation and policies, and under its Common Foreign and Security Policy the Union acts abroad through diplomacy, trade, development cooperation and civilian and military crisis management.',
        'The EU is one of the largest supporters of SSR worldwide. In 2016 it adopted an EU-wide strategic framework for SSR that asks its development instruments and its Common Security and Defence Policy missions to follow one approach grounded in good governance, human rights and national ownership. Support flows through the EU''s external funding instruments, through civilian and military CSDP missions that advise and train police, border guards and armed forces, and, since 2021, through the European Peace Facility.',
        null);
insert into organisation_name (organisation_id, language, name, acronym) values
    ((select id from organisation where slug = 'eu'), 'en', 'European Union', 'EU'),
    ((select id from organisation where slug = 'eu'), 'fr', 'Union européenne', 'UE'),
    ((select id from organisation where slug = 'eu'), 'es', 'Unión Europea', 'UE'),
    ((select id from organisation where slug = 'eu'), 'ru', 'Европейский союз', 'ЕС'),
    ((select id from organisation where slug = 'eu'), 'ar', 'الاتحاد الأوروبي', null),
    ((select id from organisation where slug = 'eu'), 'uk', 'Європейський Союз', 'ЄС');
insert into organisation_country (organisation_id, country_code) values
    ((select id from organisation where slug = 'eu'), 'UA'),
    ((select id from organisation where slug = 'eu'), 'MD'),
    ((select id from organisation where slug = 'eu'), 'GE'),
    ((select id from organisation where slug = 'eu'), 'AM'),
    ((select id from organisation where slug = 'eu'), 'IQ'),
    ((select id from organisation where slug = 'eu'), 'PS'),
    ((select id from organisation where slug = 'eu'), 'SO'),
    ((select id from organisation where slug = 'eu'), 'CF'),
    ((select id from organisation where slug = 'eu'), 'ML');
insert into organisation_ssr_role (organisation_id, role) values
    ((select id from organisation where slug = 'eu'), 'NORM_SETTING'),
    ((select id from organisation where slug = 'eu'), 'FUNDING'),
    ((select id from organisation where slug = 'eu'), 'TECHNICAL_ASSISTANCE'),
    ((select id from organisation where slug = 'eu'), 'TRAINING');

-- Council of the European Union
insert into organisation (slug, type, subtype, iati_identifier, headquarters_country, website,
                          mandate, ssr_summary, parent_id)
values ('council-of-the-eu', 'REGIONAL_ORGANISATION', null, null, 'BE',
        'https://www.consilium.europa.eu',
        'EU institution in which ministers of the member states meet, in different configurations, to adopt EU legislation together with the European Parliament, coordinate national policies and conclude international agreements. In foreign and security policy it decides, mostly by unanimity, on proposals from the High Representative or the member states.',
        'The Council takes the decisions that launch, mandate, extend and close CSDP missions, including those that advise and train security forces, and it adopts assistance measures under the European Peace Facility. Its Political and Security Committee exercises political control and strategic direction of these missions. Council conclusions set the EU''s political line on SSR, women, peace and security, and related questions.',
        (select id from organisation where slug = 'eu'));
insert into organisation_name (organisation_id, language, name, acronym) values
    ((select id from organisation where slug = 'council-of-the-eu'), 'en', 'Council of the European Union', null),
    ((select id from organisation where slug = 'council-of-the-eu'), 'fr', 'Conseil de l''Union européenne', null),
    ((select id from organisation where slug = 'council-of-the-eu'), 'es', 'Consejo de la Unión Europea', null),
    ((select id from organisation where slug = 'council-of-the-eu'), 'ru', 'Совет Европейского союза', null),
    ((select id from organisation where slug = 'council-of-the-eu'), 'ar', 'مجلس الاتحاد الأوروبي', null),
    ((select id from organisation where slug = 'council-of-the-eu'), 'uk', 'Рада Європейського Союзу', null);
insert into organisation_country (organisation_id, country_code) values
    ((select id from organisation where slug = 'council-of-the-eu'), 'BE'),
    ((select id from organisation where slug = 'council-of-the-eu'), 'LU');
insert into organisation_ssr_role (organisation_id, role) values
    ((select id from organisation where slug = 'council-of-the-eu'), 'NORM_SETTING'),
    ((select id from organisation where slug = 'council-of-the-eu'), 'OVERSIGHT');

-- European Commission
insert into organisation (slug, type, subtype, iati_identifier, headquarters_country, website,
                          mandate, ssr_summary, parent_id)
values ('european-commission', 'REGIONAL_ORGANISATION', null, null, 'BE',
        'https://commission.europa.eu',
        'The EU''s executive, made up of one Commissioner from each member state. It proposes legislation, implements the EU budget and common policies, ensures that EU law is applied, and represents the Union externally in most areas outside foreign and security policy.',
        'The Commission finances most of the EU''s non-military support to security and justice reform from the EU budget, chiefly through the Global Europe instrument and pre-accession assistance. Its services fund programmes on police and justice reform, border management, anti-corruption and oversight, and since 2017 the budget may also build the capacity of partner armed forces in narrowly defined cases. Together with the High Representative it drew up the 2016 EU-wide SSR framework.',
        (select id from organisation where slug = 'eu'));
insert into organisation_name (organisation_id, language, name, acronym) values
    ((select id from organisation where slug = 'european-commission'), 'en', 'European Commission', 'EC'),
    ((select id from organisation where slug = 'european-commission'), 'fr', 'Commission européenne', 'CE'),
    ((select id from organisation where slug = 'european-commission'), 'es', 'Comisión Europea', 'CE'),
    ((select id from organisation where slug = 'european-commission'), 'ru', 'Европейская комиссия', 'ЕК'),
    ((select id from organisation where slug = 'european-commission'), 'ar', 'المفوضية الأوروبية', null),
    ((select id from organisation where slug = 'european-commission'), 'uk', 'Європейська комісія', 'ЄК');
insert into organisation_country (organisation_id, country_code) values
    ((select id from organisation where slug = 'european-commission'), 'UA'),
    ((select id from organisation where slug = 'european-commission'), 'MD'),
    ((select id from organisation where slug = 'european-commission'), 'GE'),
    ((select id from organisation where slug = 'european-commission'), 'BA'),
    ((select id from organisation where slug = 'european-commission'), 'AL'),
    ((select id from organisation where slug = 'european-commission'), 'RS'),
    ((select id from organisation where slug = 'european-commission'), 'TN'),
    ((select id from organisation where slug = 'european-commission'), 'SN');
insert into organisation_ssr_role (organisation_id, role) values
    ((select id from organisation where slug = 'european-commission'), 'FUNDING'),
    ((select id from organisation where slug = 'european-commission'), 'NORM_SETTING'),
    ((select id from organisation where slug = 'european-commission'), 'TECHNICAL_ASSISTANCE');

-- European External Action Service
insert into organisation (slug, type, subtype, iati_identifier, headquarters_country, website,
                          mandate, ssr_summary, parent_id)
values ('eeas', 'REGIONAL_ORGANISATION', null, null, 'BE',
        'https://www.eeas.europa.eu',
        'The EU''s diplomatic service, created by the Lisbon Treaty and operational since 2011. It assists the High Representative for Foreign Affairs and Security Policy, runs the network of EU delegations around the world, and plans and conducts CSDP missions and operations.',
        'Civilian CSDP missions, commanded through the EEAS''s Civilian Planning and Conduct Capability, are a main EU vehicle for SSR: they advise interior ministries, police, border guards and judicial bodies, as in Ukraine, Georgia, Iraq and the Sahel. Military training missions, directed through the Military Planning and Conduct Capability, train and advise partner armed forces. EU delegations carry the policy dialogue on security sector governance with partner governments.',
        (select id from organisation where slug = 'eu'));
insert into organisation_name (organisation_id, language, name, acronym) values
    ((select id from organisation where slug = 'eeas'), 'en', 'European External Action Service', 'EEAS'),
    ((select id from organisation where slug = 'eeas'), 'fr', 'Service européen pour l''action extérieure', 'SEAE'),
    ((select id from organisation where slug = 'eeas'), 'es', 'Servicio Europeo de Acción Exterior', 'SEAE'),
    ((select id from organisation where slug = 'eeas'), 'uk', 'Європейська служба зовнішніх справ', 'ЄСЗС');
insert into organisation_country (organisation_id, country_code) values
    ((select id from organisation where slug = 'eeas'), 'UA'),
    ((select id from organisation where slug = 'eeas'), 'GE'),
    ((select id from organisation where slug = 'eeas'), 'AM'),
    ((select id from organisation where slug = 'eeas'), 'MD'),
    ((select id from organisation where slug = 'eeas'), 'IQ'),
    ((select id from organisation where slug = 'eeas'), 'PS'),
    ((select id from organisation where slug = 'eeas'), 'SO'),
    ((select id from organisation where slug = 'eeas'), 'CF'),
    ((select id from organisation where slug = 'eeas'), 'ML');
insert into organisation_ssr_role (organisation_id, role) values
    ((select id from organisation where slug = 'eeas'), 'TECHNICAL_ASSISTANCE'),
    ((select id from organisation where slug = 'eeas'), 'TRAINING'),
    ((select id from organisation where slug = 'eeas'), 'COORDINATION');

-- Directorate-General for International Partnerships
insert into organisation (slug, type, subtype, iati_identifier, headquarters_country, website,
                          mandate, ssr_summary, parent_id)
values ('ec-dg-intpa', 'REGIONAL_ORGANISATION', null, 'XI-IATI-EC_INTPA', 'BE',
        'https://international-partnerships.ec.europa.eu',
        'Directorate-general of the European Commission responsible for international partnerships and development policy with Africa, Latin America and the Caribbean, Asia and the Pacific. It programmes and manages development cooperation financed mainly by the Global Europe instrument, and it took over the work of DG DEVCO in 2021.',
        'DG INTPA funds security and justice programmes in partner countries beyond the EU''s neighbourhood, such as support to police, justice and prison reform, border management and civilian oversight in the Sahel, the Horn of Africa and Latin America. It manages much of the EU''s development-side SSR assistance and works with the EEAS so that these programmes fit with CSDP missions.',
        (select id from organisation where slug = 'european-commission'));
insert into organisation_name (organisation_id, language, name, acronym) values
    ((select id from organisation where slug = 'ec-dg-intpa'), 'en', 'Directorate-General for International Partnerships', 'DG INTPA'),
    ((select id from organisation where slug = 'ec-dg-intpa'), 'fr', 'Direction générale des partenariats internationaux', 'DG INTPA'),
    ((select id from organisation where slug = 'ec-dg-intpa'), 'es', 'Dirección General de Asociaciones Internacionales', 'DG INTPA');
insert into organisation_country (organisation_id, country_code) values
    ((select id from organisation where slug = 'ec-dg-intpa'), 'SN'),
    ((select id from organisation where slug = 'ec-dg-intpa'), 'NG'),
    ((select id from organisation where slug = 'ec-dg-intpa'), 'BF'),
    ((select id from organisation where slug = 'ec-dg-intpa'), 'SO'),
    ((select id from organisation where slug = 'ec-dg-intpa'), 'CO'),
    ((select id from organisation where slug = 'ec-dg-intpa'), 'GT');
insert into organisation_ssr_role (organisation_id, role) values
    ((select id from organisation where slug = 'ec-dg-intpa'), 'FUNDING');

-- Service for Foreign Policy Instruments
insert into organisation (slug, type, subtype, iati_identifier, headquarters_country, website,
                          mandate, ssr_summary, parent_id)
values ('ec-fpi', 'REGIONAL_ORGANISATION', null, 'XI-IATI-EC_FPI', 'BE',
        'https://fpi.ec.europa.eu',
        'Commission service that works alongside the EEAS and manages the operational budget of EU foreign policy actions. It handles the funding of civilian CSDP missions, of crisis-response and conflict-prevention measures under the Global Europe instrument, and of EU election observation missions.',
        'FPI pays for fast EU responses to crises and emerging conflicts, which often include support to police, justice and oversight bodies, mediation and the stabilisation of security institutions. It also funds the civilian CSDP missions that advise security institutions. Its crisis-response actions are frequently the first EU money in a fragile setting and can bridge to longer-term development programmes.',
        (select id from organisation where slug = 'european-commission'));
insert into organisation_name (organisation_id, language, name, acronym) values
    ((select id from organisation where slug = 'ec-fpi'), 'en', 'Service for Foreign Policy Instruments', 'FPI'),
    ((select id from organisation where slug = 'ec-fpi'), 'fr', 'Service des instruments de politique étrangère', 'FPI'),
    ((select id from organisation where slug = 'ec-fpi'), 'es', 'Servicio de Instrumentos de Política Exterior', 'FPI');
insert into organisation_country (organisation_id, country_code) values
    ((select id from organisation where slug = 'ec-fpi'), 'UA'),
    ((select id from organisation where slug = 'ec-fpi'), 'GE'),
    ((select id from organisation where slug = 'ec-fpi'), 'MD'),
    ((select id from organisation where slug = 'ec-fpi'), 'LY'),
    ((select id from organisation where slug = 'ec-fpi'), 'IQ');
insert into organisation_ssr_role (organisation_id, role) values
    ((select id from organisation where slug = 'ec-fpi'), 'FUNDING');

-- ================================================================================================
-- Council of Europe
-- ================================================================================================

-- Council of Europe
insert into organisation (slug, type, subtype, iati_identifier, headquarters_country, website,
                          mandate, ssr_summary, parent_id)
values ('council-of-europe', 'REGIONAL_ORGANISATION', null, null, 'FR',
        'https://www.coe.int',
        'Europe''s oldest intergovernmental political organisation, founded in 1949 and based in Strasbourg, with 46 member states. It sets binding standards on human rights, democracy and the rule of law, above all through the European Convention on Human Rights, and monitors how its members apply them.',
        'The Council of Europe shapes security sector governance in Europe through legal standards and monitoring rather than direct security assistance. Its Committee for the Prevention of Torture visits police stations, prisons and other places of detention, GRECO evaluates anti-corruption safeguards including in law enforcement, and texts such as the European Code of Police Ethics and the European Prison Rules guide reforms. Cooperation programmes help countries such as Ukraine, Moldova and Georgia reform their police, prosecution and penitentiary services.',
        null);
insert into organisation_name (organisation_id, language, name, acronym) values
    ((select id from organisation where slug = 'council-of-europe'), 'en', 'Council of Europe', 'CoE'),
    ((select id from organisation where slug = 'council-of-europe'), 'fr', 'Conseil de l''Europe', null),
    ((select id from organisation where slug = 'council-of-europe'), 'es', 'Consejo de Europa', null),
    ((select id from organisation where slug = 'council-of-europe'), 'ru', 'Совет Европы', null),
    ((select id from organisation where slug = 'council-of-europe'), 'ar', 'مجلس أوروبا', null),
    ((select id from organisation where slug = 'council-of-europe'), 'uk', 'Рада Європи', null);
insert into organisation_country (organisation_id, country_code) values
    ((select id from organisation where slug = 'council-of-europe'), 'UA'),
    ((select id from organisation where slug = 'council-of-europe'), 'MD'),
    ((select id from organisation where slug = 'council-of-europe'), 'GE'),
    ((select id from organisation where slug = 'council-of-europe'), 'AM'),
    ((select id from organisation where slug = 'council-of-europe'), 'BA'),
    ((select id from organisation where slug = 'council-of-europe'), 'RS'),
    ((select id from organisation where slug = 'council-of-europe'), 'AL'),
    ((select id from organisation where slug = 'council-of-europe'), 'MK');
insert into organisation_ssr_role (organisation_id, role) values
    ((select id from organisation where slug = 'council-of-europe'), 'NORM_SETTING'),
    ((select id from organisation where slug = 'council-of-europe'), 'MONITORING_EVALUATION'),
    ((select id from organisation where slug = 'council-of-europe'), 'TECHNICAL_ASSISTANCE');

-- European Court of Human Rights
insert into organisation (slug, type, subtype, iati_identifier, headquarters_country, website,
                          mandate, ssr_summary, parent_id)
values ('ecthr', 'OVERSIGHT_BODY', 'COURT', null, 'FR',
        'https://www.echr.coe.int',
        'International court set up in 1959 under the European Convention on Human Rights and sitting in Strasbourg. It decides individual and inter-state applications alleging that a state bound by the Convention has violated it. Its judgments bind the respondent state, and the Council of Europe''s Committee of Ministers supervises their execution.',
        'The Court''s case law draws many of the legal limits within which European security institutions operate: on the use of lethal force by police and soldiers, arrest, detention and ill-treatment, secret surveillance and the oversight of intelligence services, and the duty to investigate abuses effectively. Its judgments regularly oblige states to change laws and practice in policing, prisons and intelligence, and many reform programmes are built around executing them.',
        (select id from organisation where slug = 'council-of-europe'));
insert into organisation_name (organisation_id, language, name, acronym) values
    ((select id from organisation where slug = 'ecthr'), 'en', 'European Court of Human Rights', 'ECtHR'),
    ((select id from organisation where slug = 'ecthr'), 'fr', 'Cour européenne des droits de l''homme', 'CEDH'),
    ((select id from organisation where slug = 'ecthr'), 'es', 'Tribunal Europeo de Derechos Humanos', 'TEDH'),
    ((select id from organisation where slug = 'ecthr'), 'ru', 'Европейский суд по правам человека', 'ЕСПЧ'),
    ((select id from organisation where slug = 'ecthr'), 'ar', 'المحكمة الأوروبية لحقوق الإنسان', null),
    ((select id from organisation where slug = 'ecthr'), 'uk', 'Європейський суд з прав людини', 'ЄСПЛ');
insert into organisation_country (organisation_id, country_code) values
    ((select id from organisation where slug = 'ecthr'), 'FR');
insert into organisation_ssr_role (organisation_id, role) values
    ((select id from organisation where slug = 'ecthr'), 'LITIGATION_ADJUDICATION'),
    ((select id from organisation where slug = 'ecthr'), 'OVERSIGHT');

-- ================================================================================================
-- OECD
-- ================================================================================================

-- Organisation for Economic Co-operation and Development
insert into organisation (slug, type, subtype, iati_identifier, headquarters_country, website,
                          mandate, ssr_summary, parent_id)
values ('oecd', 'INTERNATIONAL_ORGANISATION', null, null, 'FR',
        'https://www.oecd.org',
        'Intergovernmental organisation of 38 member countries, based in Paris, that produces policy analysis, comparable statistics and international standards across economic, social and governance fields. Members use it to compare experience, agree on common approaches and review one another''s policies.',
        'The OECD shaped early thinking on SSR through the guidelines and handbook of its Development Assistance Committee, which presented the reform of the ''security system'' as a matter of governance and development. Its later work on fragility, including the States of Fragility reports, and on public governance and anti-corruption informs how donors approach security and justice.',
        null);
insert into organisation_name (organisation_id, language, name, acronym) values
    ((select id from organisation where slug = 'oecd'), 'en', 'Organisation for Economic Co-operation and Development', 'OECD'),
    ((select id from organisation where slug = 'oecd'), 'fr', 'Organisation de coopération et de développement économiques', 'OCDE'),
    ((select id from organisation where slug = 'oecd'), 'es', 'Organización para la Cooperación y el Desarrollo Económicos', 'OCDE'),
    ((select id from organisation where slug = 'oecd'), 'ru', 'Организация экономического сотрудничества и развития', 'ОЭСР'),
    ((select id from organisation where slug = 'oecd'), 'ar', 'منظمة التعاون الاقتصادي والتنمية', null),
    ((select id from organisation where slug = 'oecd'), 'uk', 'Організація економічного співробітництва та розвитку', 'ОЕСР');
insert into organisation_country (organisation_id, country_code) values
    ((select id from organisation where slug = 'oecd'), 'FR');
insert into organisation_ssr_role (organisation_id, role) values
    ((select id from organisation where slug = 'oecd'), 'NORM_SETTING'),
    ((select id from organisation where slug = 'oecd'), 'RESEARCH');

-- Development Assistance Committee
insert into organisation (slug, type, subtype, iati_identifier, headquarters_country, website,
                          mandate, ssr_summary, parent_id)
values ('oecd-dac', 'INTERNATIONAL_ORGANISATION', null, null, 'FR',
        'https://www.oecd.org/dac/',
        'OECD committee, dating from 1961, that brings together the main providers of official development assistance, with the European Union as a full member. It sets the rules on what counts as official development assistance, collects and publishes aid statistics, and runs peer reviews of its members'' development cooperation.',
        'The DAC issued guidelines on security system reform and governance in 2005 and the OECD DAC Handbook on Security System Reform in 2007, for years a key reference for donor programming. Its reporting rules decide which security-related spending donors may count as aid, and its statistics carry a dedicated purpose code for security system management and reform. Peer reviews also look at how members work in fragile and conflict-affected contexts.',
        (select id from organisation where slug = 'oecd'));
insert into organisation_name (organisation_id, language, name, acronym) values
    ((select id from organisation where slug = 'oecd-dac'), 'en', 'Development Assistance Committee', 'DAC'),
    ((select id from organisation where slug = 'oecd-dac'), 'fr', 'Comité d''aide au développement', 'CAD'),
    ((select id from organisation where slug = 'oecd-dac'), 'es', 'Comité de Ayuda al Desarrollo', 'CAD'),
    ((select id from organisation where slug = 'oecd-dac'), 'ru', 'Комитет содействия развитию', 'КСР'),
    ((select id from organisation where slug = 'oecd-dac'), 'ar', 'لجنة المساعدة الإنمائية', null);
insert into organisation_country (organisation_id, country_code) values
    ((select id from organisation where slug = 'oecd-dac'), 'FR');
insert into organisation_ssr_role (organisation_id, role) values
    ((select id from organisation where slug = 'oecd-dac'), 'NORM_SETTING'),
    ((select id from organisation where slug = 'oecd-dac'), 'MONITORING_EVALUATION'),
    ((select id from organisation where slug = 'oecd-dac'), 'RESEARCH');

-- ================================================================================================
-- OSCE
-- ================================================================================================

-- Organization for Security and Co-operation in Europe
insert into organisation (slug, type, subtype, iati_identifier, headquarters_country, website,
                          mandate, ssr_summary, parent_id)
values ('osce', 'REGIONAL_ORGANISATION', null, null, 'AT',
        'https://www.osce.org',
        'The world''s largest regional security organisation, with 57 participating states in Europe, Central Asia and North America and its secretariat in Vienna. It treats security comprehensively, across politico-military, economic and environmental, and human dimensions, and acts by consensus through its decision-making bodies, institutions such as ODIHR and a network of field operations.',
        'The OSCE Code of Conduct on Politico-Military Aspects of Security (1994) commits participating states to democratic control of their armed and security forces, and states exchange information on its implementation every year. Field operations in South-Eastern Europe, Eastern Europe and Central Asia support police reform, border management, parliamentary oversight and gender equality in security services, following internal OSCE guidelines on SSR. Its Border Management Staff College in Dushanbe trains border officials from the region and beyond.',
        null);
insert into organisation_name (organisation_id, language, name, acronym) values
    ((select id from organisation where slug = 'osce'), 'en', 'Organization for Security and Co-operation in Europe', 'OSCE'),
    ((select id from organisation where slug = 'osce'), 'fr', 'Organisation pour la sécurité et la coopération en Europe', 'OSCE'),
    ((select id from organisation where slug = 'osce'), 'es', 'Organización para la Seguridad y la Cooperación en Europa', 'OSCE'),
    ((select id from organisation where slug = 'osce'), 'ru', 'Организация по безопасности и сотрудничеству в Европе', 'ОБСЕ'),
    ((select id from organisation where slug = 'osce'), 'ar', 'منظمة الأمن والتعاون في أوروبا', null),
    ((select id from organisation where slug = 'osce'), 'uk', 'Організація з безпеки і співробітництва в Європі', 'ОБСЄ');
insert into organisation_country (organisation_id, country_code) values
    ((select id from organisation where slug = 'osce'), 'AL'),
    ((select id from organisation where slug = 'osce'), 'BA'),
    ((select id from organisation where slug = 'osce'), 'MD'),
    ((select id from organisation where slug = 'osce'), 'MK'),
    ((select id from organisation where slug = 'osce'), 'RS'),
    ((select id from organisation where slug = 'osce'), 'KG'),
    ((select id from organisation where slug = 'osce'), 'TJ'),
    ((select id from organisation where slug = 'osce'), 'UZ');
insert into organisation_ssr_role (organisation_id, role) values
    ((select id from organisation where slug = 'osce'), 'NORM_SETTING'),
    ((select id from organisation where slug = 'osce'), 'TECHNICAL_ASSISTANCE'),
    ((select id from organisation where slug = 'osce'), 'TRAINING');

-- ================================================================================================
-- World Bank Group
-- ================================================================================================

-- World Bank Group
insert into organisation (slug, type, subtype, iati_identifier, headquarters_country, website,
                          mandate, ssr_summary, parent_id)
values ('world-bank-group', 'INTERNATIONAL_ORGANISATION', null, null, 'US',
        'https://www.worldbank.org',
        'Family of five international institutions headquartered in Washington, D.C., owned by their member countries, that finance and advise developing countries. Together they aim to reduce poverty and promote inclusive and sustainable growth through loans, grants, guarantees, investment and knowledge work.',
        'The Bank Group does not fund security forces, since its Articles of Agreement confine it to economic considerations, but it has become an important voice on the links between security, justice and development, above all through the World Development Report 2011 on conflict, security and development. With the UN it developed public expenditure reviews of the security sector, which examine the affordability and financial management of police and armed forces, and it finances justice and governance reforms in fragile and conflict-affected states.',
        null);
insert into organisation_name (organisation_id, language, name, acronym) values
    ((select id from organisation where slug = 'world-bank-group'), 'en', 'World Bank Group', 'WBG'),
    ((select id from organisation where slug = 'world-bank-group'), 'fr', 'Groupe de la Banque mondiale', 'GBM'),
    ((select id from organisation where slug = 'world-bank-group'), 'es', 'Grupo Banco Mundial', 'GBM'),
    ((select id from organisation where slug = 'world-bank-group'), 'ru', 'Группа Всемирного банка', null),
    ((select id from organisation where slug = 'world-bank-group'), 'ar', 'مجموعة البنك الدولي', null),
    ((select id from organisation where slug = 'world-bank-group'), 'uk', 'Група Світового банку', null);
insert into organisation_country (organisation_id, country_code) values
    ((select id from organisation where slug = 'world-bank-group'), 'US');
insert into organisation_ssr_role (organisation_id, role) values
    ((select id from organisation where slug = 'world-bank-group'), 'FUNDING'),
    ((select id from organisation where slug = 'world-bank-group'), 'RESEARCH'),
    ((select id from organisation where slug = 'world-bank-group'), 'TECHNICAL_ASSISTANCE');

-- International Bank for Reconstruction and Development
insert into organisation (slug, type, subtype, iati_identifier, headquarters_country, website,
                          mandate, ssr_summary, parent_id)
values ('ibrd', 'INTERNATIONAL_ORGANISATION', null, null, 'US',
        'https://www.worldbank.org/en/who-we-are/ibrd',
        'The original World Bank Group institution, created at the Bretton Woods conference in 1944. It lends to governments of middle-income and creditworthy lower-income countries and offers guarantees, risk management products and advice, financing itself mainly by borrowing on international capital markets.',
        'IBRD lending and analysis support public financial management, justice and governance reforms that affect how security institutions are budgeted and held to account. Since 2022 Bank operations in Ukraine, largely channelled through IBRD, have helped the government keep paying salaries, pensions and social benefits during the war.',
        (select id from organisation where slug = 'world-bank-group'));
insert into organisation_name (organisation_id, language, name, acronym) values
    ((select id from organisation where slug = 'ibrd'), 'en', 'International Bank for Reconstruction and Development', 'IBRD'),
    ((select id from organisation where slug = 'ibrd'), 'fr', 'Banque internationale pour la reconstruction et le développement', 'BIRD'),
    ((select id from organisation where slug = 'ibrd'), 'es', 'Banco Internacional de Reconstrucción y Fomento', 'BIRF'),
    ((select id from organisation where slug = 'ibrd'), 'ru', 'Международный банк реконструкции и развития', 'МБРР'),
    ((select id from organisation where slug = 'ibrd'), 'ar', 'البنك الدولي للإنشاء والتعمير', null),
    ((select id from organisation where slug = 'ibrd'), 'uk', 'Міжнародний банк реконструкції та розвитку', 'МБРР');
insert into organisation_country (organisation_id, country_code) values
    ((select id from organisation where slug = 'ibrd'), 'UA'),
    ((select id from organisation where slug = 'ibrd'), 'CO'),
    ((select id from organisation where slug = 'ibrd'), 'IQ'),
    ((select id from organisation where slug = 'ibrd'), 'TN');
insert into organisation_ssr_role (organisation_id, role) values
    ((select id from organisation where slug = 'ibrd'), 'FUNDING'),
    ((select id from organisation where slug = 'ibrd'), 'TECHNICAL_ASSISTANCE');

-- International Development Association
insert into organisation (slug, type, subtype, iati_identifier, headquarters_country, website,
                          mandate, ssr_summary, parent_id)
values ('ida', 'INTERNATIONAL_ORGANISATION', null, 'XM-DAC-905', 'US',
        'https://ida.worldbank.org',
        'World Bank Group institution founded in 1960 that gives grants and highly concessional loans to the poorest countries. Its resources are replenished every three years by donor contributions, complemented by IBRD transfers and its own borrowing on capital markets.',
        'IDA is the Bank''s main instrument in fragile and conflict-affected states, where it finances the rebuilding of core state functions, including justice services, public financial management and community-level security and reintegration programmes. A dedicated envelope for fragility, conflict and violence gives additional resources to countries that commit to tackling the drivers of fragility, which often include weak and unaccountable security institutions.',
        (select id from organisation where slug = 'world-bank-group'));
insert into organisation_name (organisation_id, language, name, acronym) values
    ((select id from organisation where slug = 'ida'), 'en', 'International Development Association', 'IDA'),
    ((select id from organisation where slug = 'ida'), 'fr', 'Association internationale de développement', 'IDA'),
    ((select id from organisation where slug = 'ida'), 'es', 'Asociación Internacional de Fomento', 'AIF'),
    ((select id from organisation where slug = 'ida'), 'ru', 'Международная ассоциация развития', 'МАР'),
    ((select id from organisation where slug = 'ida'), 'ar', 'المؤسسة الدولية للتنمية', null),
    ((select id from organisation where slug = 'ida'), 'uk', 'Міжнародна асоціація розвитку', 'МАР');
insert into organisation_country (organisation_id, country_code) values
    ((select id from organisation where slug = 'ida'), 'SO'),
    ((select id from organisation where slug = 'ida'), 'CF'),
    ((select id from organisation where slug = 'ida'), 'LR'),
    ((select id from organisation where slug = 'ida'), 'SL'),
    ((select id from organisation where slug = 'ida'), 'HT'),
    ((select id from organisation where slug = 'ida'), 'CD');
insert into organisation_ssr_role (organisation_id, role) values
    ((select id from organisation where slug = 'ida'), 'FUNDING');

-- International Finance Corporation
insert into organisation (slug, type, subtype, iati_identifier, headquarters_country, website,
                          mandate, ssr_summary, parent_id)
values ('ifc', 'INTERNATIONAL_ORGANISATION', null, 'XM-DAC-903', 'US',
        'https://www.ifc.org',
        'World Bank Group institution, founded in 1956, that invests in and advises private companies and financial institutions in developing countries. It provides loans and equity, mobilises capital from other investors, and sets environmental and social performance standards that its clients must meet.',
        'IFC''s link to SSR runs through the security arrangements of the companies it finances. Its performance standard on community health, safety and security requires clients to assess the risks their security personnel pose, screen and train guards, limit the use of force to what international principles allow and look into incidents. Its guidance on the use of security forces is a common reference for managing private and public security around mines, plantations and infrastructure.',
        (select id from organisation where slug = 'world-bank-group'));
insert into organisation_name (organisation_id, language, name, acronym) values
    ((select id from organisation where slug = 'ifc'), 'en', 'International Finance Corporation', 'IFC'),
    ((select id from organisation where slug = 'ifc'), 'fr', 'Société financière internationale', 'SFI'),
    ((select id from organisation where slug = 'ifc'), 'es', 'Corporación Financiera Internacional', 'CFI'),
    ((select id from organisation where slug = 'ifc'), 'ru', 'Международная финансовая корпорация', 'МФК'),
    ((select id from organisation where slug = 'ifc'), 'ar', 'مؤسسة التمويل الدولية', null),
    ((select id from organisation where slug = 'ifc'), 'uk', 'Міжнародна фінансова корпорація', 'МФК');
insert into organisation_country (organisation_id, country_code) values
    ((select id from organisation where slug = 'ifc'), 'US');
insert into organisation_ssr_role (organisation_id, role) values
    ((select id from organisation where slug = 'ifc'), 'NORM_SETTING'),
    ((select id from organisation where slug = 'ifc'), 'FUNDING');

-- Multilateral Investment Guarantee Agency
insert into organisation (slug, type, subtype, iati_identifier, headquarters_country, website,
                          mandate, ssr_summary, parent_id)
values ('miga', 'INTERNATIONAL_ORGANISATION', null, null, 'US',
        'https://www.miga.org',
        'World Bank Group institution, set up in 1988, that offers political risk insurance and credit enhancement to investors and lenders. It covers risks such as expropriation, breach of contract, currency restrictions, and war and civil disturbance, to encourage foreign direct investment in developing countries.',
        'MIGA has no SSR programmes of its own, but its guarantees make investment possible in fragile and conflict-affected states, where insecurity is a central risk. Projects it covers must apply the World Bank Group''s performance standards, including the rules on how security personnel guarding a project treat neighbouring communities.',
        (select id from organisation where slug = 'world-bank-group'));
insert into organisation_name (organisation_id, language, name, acronym) values
    ((select id from organisation where slug = 'miga'), 'en', 'Multilateral Investment Guarantee Agency', 'MIGA'),
    ((select id from organisation where slug = 'miga'), 'fr', 'Agence multilatérale de garantie des investissements', 'AMGI'),
    ((select id from organisation where slug = 'miga'), 'es', 'Organismo Multilateral de Garantía de Inversiones', 'OMGI'),
    ((select id from organisation where slug = 'miga'), 'ru', 'Многостороннее агентство по гарантиям инвестиций', 'МИГА'),
    ((select id from organisation where slug = 'miga'), 'ar', 'الوكالة الدولية لضمان الاستثمار', null),
    ((select id from organisation where slug = 'miga'), 'uk', 'Багатостороннє агентство з гарантування інвестицій', null);
insert into organisation_country (organisation_id, country_code) values
    ((select id from organisation where slug = 'miga'), 'US');
insert into organisation_ssr_role (organisation_id, role) values
    ((select id from organisation where slug = 'miga'), 'FUNDING');

-- International Centre for Settlement of Investment Disputes
insert into organisation (slug, type, subtype, iati_identifier, headquarters_country, website,
                          mandate, ssr_summary, parent_id)
values ('icsid', 'INTERNATIONAL_ORGANISATION', null, null, 'US',
        'https://icsid.worldbank.org',
        'International arbitration institution established in 1966 by the ICSID Convention and part of the World Bank Group. It administers the arbitration and conciliation of disputes between foreign investors and host states, provides procedural rules and facilities, and keeps panels of arbitrators and conciliators.',
        'ICSID is at the edge of SSR. Investor-state cases it administers sometimes turn on whether a host state protected foreign investments from violence, or on the conduct of police and armed forces during unrest, so its awards add to the law on state responsibility for failures of security.',
        (select id from organisation where slug = 'world-bank-group'));
insert into organisation_name (organisation_id, language, name, acronym) values
    ((select id from organisation where slug = 'icsid'), 'en', 'International Centre for Settlement of Investment Disputes', 'ICSID'),
    ((select id from organisation where slug = 'icsid'), 'fr', 'Centre international pour le règlement des différends relatifs aux investissements', 'CIRDI'),
    ((select id from organisation where slug = 'icsid'), 'es', 'Centro Internacional de Arreglo de Diferencias Relativas a Inversiones', 'CIADI'),
    ((select id from organisation where slug = 'icsid'), 'ru', 'Международный центр по урегулированию инвестиционных споров', 'МЦУИС'),
    ((select id from organisation where slug = 'icsid'), 'ar', 'المركز الدولي لتسوية منازعات الاستثمار', null),
    ((select id from organisation where slug = 'icsid'), 'uk', 'Міжнародний центр з врегулювання інвестиційних спорів', null);
insert into organisation_country (organisation_id, country_code) values
    ((select id from organisation where slug = 'icsid'), 'US');
insert into organisation_ssr_role (organisation_id, role) values
    ((select id from organisation where slug = 'icsid'), 'LITIGATION_ADJUDICATION');

-- ================================================================================================
-- Transparency International
-- ================================================================================================

-- Transparency International
insert into organisation (slug, type, subtype, iati_identifier, headquarters_country, website,
                          mandate, ssr_summary, parent_id)
values ('transparency-international', 'CIVIL_SOCIETY', null, null, 'DE',
        'https://www.transparency.org',
        'Global civil society movement against corruption, founded in 1993, with its secretariat in Berlin and national chapters in more than 100 countries. It researches corruption, campaigns for stronger integrity laws and institutions, and supports people who report wrongdoing.',
        'Through the Corruption Perceptions Index and the work of its chapters, TI tracks corruption risks that often centre on police, customs, the judiciary and defence procurement. It runs a specialised defence and security programme, and chapters such as Transparency International Ukraine work on transparent defence spending and law enforcement reform.',
        null);
insert into organisation_name (organisation_id, language, name, acronym) values
    ((select id from organisation where slug = 'transparency-international'), 'en', 'Transparency International', 'TI'),
    ((select id from organisation where slug = 'transparency-international'), 'fr', 'Transparency International', 'TI'),
    ((select id from organisation where slug = 'transparency-international'), 'es', 'Transparency International', 'TI'),
    ((select id from organisation where slug = 'transparency-international'), 'ru', 'Трансперенси Интернешнл', null),
    ((select id from organisation where slug = 'transparency-international'), 'ar', 'منظمة الشفافية الدولية', null),
    ((select id from organisation where slug = 'transparency-international'), 'uk', 'Transparency International', 'TI');
insert into organisation_country (organisation_id, country_code) values
    ((select id from organisation where slug = 'transparency-international'), 'DE'),
    ((select id from organisation where slug = 'transparency-international'), 'UA'),
    ((select id from organisation where slug = 'transparency-international'), 'KE'),
    ((select id from organisation where slug = 'transparency-international'), 'BD'),
    ((select id from organisation where slug = 'transparency-international'), 'GT');
insert into organisation_ssr_role (organisation_id, role) values
    ((select id from organisation where slug = 'transparency-international'), 'RESEARCH'),
    ((select id from organisation where slug = 'transparency-international'), 'MONITORING_EVALUATION');

-- Transparency International Defence & Security
insert into organisation (slug, type, subtype, iati_identifier, headquarters_country, website,
                          mandate, ssr_summary, parent_id)
values ('ti-defence-security', 'CIVIL_SOCIETY', null, null, 'GB',
        'https://ti-defence.org',
        'Specialist programme of the Transparency International movement, based in London, that works to reduce corruption in defence and security institutions around the world. It combines research and advocacy with direct engagement with governments, armed forces and international organisations.',
        'Its Government Defence Integrity Index rates countries'' safeguards against corruption in defence policy, finances, personnel, operations and procurement, and reformers, parliaments and donors use it to set priorities. The programme helped shape NATO''s Building Integrity tools and has supported independent anti-corruption oversight of defence in Ukraine. It also presses for corruption to be treated as a security threat in military operations and peace missions.',
        (select id from organisation where slug = 'transparency-international'));
insert into organisation_name (organisation_id, language, name, acronym) values
    ((select id from organisation where slug = 'ti-defence-security'), 'en', 'Transparency International Defence & Security', 'TI-DS'),
    ((select id from organisation where slug = 'ti-defence-security'), 'fr', 'Transparency International Défense et Sécurité', 'TI-DS');
insert into organisation_country (organisation_id, country_code) values
    ((select id from organisation where slug = 'ti-defence-security'), 'GB'),
    ((select id from organisation where slug = 'ti-defence-security'), 'UA'),
    ((select id from organisation where slug = 'ti-defence-security'), 'NG');
insert into organisation_ssr_role (organisation_id, role) values
    ((select id from organisation where slug = 'ti-defence-security'), 'MONITORING_EVALUATION'),
    ((select id from organisation where slug = 'ti-defence-security'), 'RESEARCH'),
    ((select id from organisation where slug = 'ti-defence-security'), 'TECHNICAL_ASSISTANCE');

-- ================================================================================================
-- NATO
-- ================================================================================================

-- North Atlantic Treaty Organization
insert into organisation (slug, type, subtype, iati_identifier, headquarters_country, website,
                          mandate, ssr_summary, parent_id)
values ('nato', 'REGIONAL_ORGANISATION', null, null, 'BE',
        'https://www.nato.int',
        'Political and military alliance founded on the North Atlantic Treaty of 1949, now with 32 member countries and headquarters in Brussels. Its core tasks are deterrence and defence, crisis prevention and management, and cooperative security, with collective defence under Article 5 of the Treaty at their heart.',
        'NATO supports defence and security sector reform in partner countries through defence capacity building packages, the Partnership for Peace planning and review process and education programmes such as the Defence Education Enhancement Programme. Its Building Integrity programme targets corruption risks in defence, and NATO Mission Iraq advises Iraqi security institutions. Ukraine has long received NATO advice on defence reform, interoperability and democratic control of its armed forces.',
        null);
insert into organisation_name (organisation_id, language, name, acronym) values
    ((select id from organisation where slug = 'nato'), 'en', 'North Atlantic Treaty Organization', 'NATO'),
    ((select id from organisation where slug = 'nato'), 'fr', 'Organisation du Traité de l''Atlantique Nord', 'OTAN'),
    ((select id from organisation where slug = 'nato'), 'es', 'Organización del Tratado del Atlántico Norte', 'OTAN'),
    ((select id from organisation where slug = 'nato'), 'ru', 'Организация Североатлантического договора', 'НАТО'),
    ((select id from organisation where slug = 'nato'), 'ar', 'منظمة حلف شمال الأطلسي', 'الناتو'),
    ((select id from organisation where slug = 'nato'), 'uk', 'Організація Північноатлантичного договору', 'НАТО');
insert into organisation_country (organisation_id, country_code) values
    ((select id from organisation where slug = 'nato'), 'UA'),
    ((select id from organisation where slug = 'nato'), 'GE'),
    ((select id from organisation where slug = 'nato'), 'MD'),
    ((select id from organisation where slug = 'nato'), 'IQ'),
    ((select id from organisation where slug = 'nato'), 'BA'),
    ((select id from organisation where slug = 'nato'), 'JO'),
    ((select id from organisation where slug = 'nato'), 'TN');
insert into organisation_ssr_role (organisation_id, role) values
    ((select id from organisation where slug = 'nato'), 'TECHNICAL_ASSISTANCE'),
    ((select id from organisation where slug = 'nato'), 'TRAINING'),
    ((select id from organisation where slug = 'nato'), 'NORM_SETTING');

-- NATO Building Integrity Programme
insert into organisation (slug, type, subtype, iati_identifier, headquarters_country, website,
                          mandate, ssr_summary, parent_id)
values ('nato-building-integrity', 'REGIONAL_ORGANISATION', null, null, 'BE',
        'https://www.nato.int/cps/en/natohq/topics_68368.htm',
        'NATO programme, launched in 2007, that helps allied and partner nations reduce corruption risks and build good governance in their defence establishments and related security bodies. Since the 2016 Warsaw Summit it rests on a formal NATO Building Integrity Policy implemented through action plans, and it is run by NATO''s International Staff with support from a multi-donor trust fund.',
        'The programme offers a self-assessment questionnaire and peer review that let defence ministries diagnose their own corruption risks, followed by tailored advice. It runs courses and education modules on integrity, procurement and human resources management, and it works integrity into the planning of NATO operations. Partners such as Ukraine, Georgia, Moldova, Bosnia and Herzegovina and Colombia have made use of it.',
        (select id from organisation where slug = 'nato'));
insert into organisation_name (organisation_id, language, name, acronym) values
    ((select id from organisation where slug = 'nato-building-integrity'), 'en', 'NATO Building Integrity Programme', 'BI'),
    ((select id from organisation where slug = 'nato-building-integrity'), 'fr', 'Programme de renforcement de l''intégrité de l''OTAN', 'BI'),
    ((select id from organisation where slug = 'nato-building-integrity'), 'uk', 'Програма НАТО «Розбудова доброчесності»', 'BI');
insert into organisation_country (organisation_id, country_code) values
    ((select id from organisation where slug = 'nato-building-integrity'), 'UA'),
    ((select id from organisation where slug = 'nato-building-integrity'), 'GE'),
    ((select id from organisation where slug = 'nato-building-integrity'), 'MD'),
    ((select id from organisation where slug = 'nato-building-integrity'), 'BA'),
    ((select id from organisation where slug = 'nato-building-integrity'), 'AM'),
    ((select id from organisation where slug = 'nato-building-integrity'), 'CO');
insert into organisation_ssr_role (organisation_id, role) values
    ((select id from organisation where slug = 'nato-building-integrity'), 'TECHNICAL_ASSISTANCE'),
    ((select id from organisation where slug = 'nato-building-integrity'), 'TRAINING'),
    ((select id from organisation where slug = 'nato-building-integrity'), 'NORM_SETTING');

-- ================================================================================================
-- DCAF
-- ================================================================================================

-- DCAF – Geneva Centre for Security Sector Governance
insert into organisation (slug, type, subtype, iati_identifier, headquarters_country, website,
                          mandate, ssr_summary, parent_id)
values ('dcaf', 'INTERNATIONAL_ORGANISATION', null, null, 'CH',
        'https://www.dcaf.ch',
        'International foundation under Swiss law, established in 2000 on a Swiss initiative and governed by a Foundation Council of member states from around the world. Based in Geneva, with offices in several regions, it works to make the provision of security effective and accountable under democratic control, the rule of law and respect for human rights.',
        'DCAF is one of the main specialist centres on security sector governance and reform. It advises governments, parliaments, ombuds institutions and civil society on the oversight of police, armed forces, intelligence services and private security, produces widely used toolkits and guidance, including on gender and security, and trains practitioners and oversight actors. It supports the Montreux Document and the International Code of Conduct on private security providers, and it hosts ISSAT.',
        null);
insert into organisation_name (organisation_id, language, name, acronym) values
    ((select id from organisation where slug = 'dcaf'), 'en', 'DCAF – Geneva Centre for Security Sector Governance', 'DCAF'),
    ((select id from organisation where slug = 'dcaf'), 'fr', 'DCAF – Centre pour la gouvernance du secteur de la sécurité, Genève', 'DCAF'),
    ((select id from organisation where slug = 'dcaf'), 'es', 'DCAF – Centro de Ginebra para la Gobernanza del Sector de Seguridad', 'DCAF'),
    ((select id from organisation where slug = 'dcaf'), 'ru', 'DCAF – Женевский центр по управлению сектором безопасности', 'DCAF'),
    ((select id from organisation where slug = 'dcaf'), 'ar', 'مركز جنيف لحوكمة قطاع الأمن', 'DCAF'),
    ((select id from organisation where slug = 'dcaf'), 'uk', 'DCAF – Женевський центр з управління сектором безпеки', 'DCAF');
insert into organisation_country (organisation_id, country_code) values
    ((select id from organisation where slug = 'dcaf'), 'UA'),
    ((select id from organisation where slug = 'dcaf'), 'MD'),
    ((select id from organisation where slug = 'dcaf'), 'GE'),
    ((select id from organisation where slug = 'dcaf'), 'TN'),
    ((select id from organisation where slug = 'dcaf'), 'LB'),
    ((select id from organisation where slug = 'dcaf'), 'PS'),
    ((select id from organisation where slug = 'dcaf'), 'ML');
insert into organisation_ssr_role (organisation_id, role) values
    ((select id from organisation where slug = 'dcaf'), 'TECHNICAL_ASSISTANCE'),
    ((select id from organisation where slug = 'dcaf'), 'TRAINING'),
    ((select id from organisation where slug = 'dcaf'), 'RESEARCH');

-- International Security Sector Advisory Team
insert into organisation (slug, type, subtype, iati_identifier, headquarters_country, website,
                          mandate, ssr_summary, parent_id)
values ('issat', 'INTERNATIONAL_ORGANISATION', null, null, 'CH',
        'https://issat.dcaf.ch',
        'Operational team within DCAF, created in 2008, that gives practical SSR advice to the states and multilateral organisations that are its members and fund it. Its multidisciplinary advisers deploy at short notice at the request of those members.',
        'ISSAT assists its members with SSR assessments, programme design, reviews and evaluations, and trains their staff in SSR practice. It runs an online community of practice with a large library of case studies, methods and learning material, and it helps donors and multilateral actors align their approaches in countries where several of them are engaged.',
        (select id from organisation where slug = 'dcaf'));
insert into organisation_name (organisation_id, language, name, acronym) values
    ((select id from organisation where slug = 'issat'), 'en', 'International Security Sector Advisory Team', 'ISSAT'),
    ((select id from organisation where slug = 'issat'), 'fr', 'Équipe internationale de conseil au secteur de la sécurité', 'ISSAT');
insert into organisation_country (organisation_id, country_code) values
    ((select id from organisation where slug = 'issat'), 'CF'),
    ((select id from organisation where slug = 'issat'), 'CD'),
    ((select id from organisation where slug = 'issat'), 'ML'),
    ((select id from organisation where slug = 'issat'), 'BF'),
    ((select id from organisation where slug = 'issat'), 'GM'),
    ((select id from organisation where slug = 'issat'), 'LR');
insert into organisation_ssr_role (organisation_id, role) values
    ((select id from organisation where slug = 'issat'), 'TECHNICAL_ASSISTANCE'),
    ((select id from organisation where slug = 'issat'), 'TRAINING'),
    ((select id from organisation where slug = 'issat'), 'MONITORING_EVALUATION');

-- ================================================================================================
-- Folke Bernadotte Academy
-- ================================================================================================

-- Folke Bernadotte Academy
insert into organisation (slug, type, subtype, iati_identifier, headquarters_country, website,
                          mandate, ssr_summary, parent_id)
values ('folke-bernadotte-academy', 'BILATERAL_DONOR', null, null, 'SE',
        'https://fba.se',
        'Swedish government agency under the Ministry for Foreign Affairs, named after the Swedish diplomat and UN mediator Folke Bernadotte. It recruits, trains and seconds civilian personnel to international peace operations, carries out research and policy work on peacebuilding, and manages parts of Sweden''s development cooperation, including grants, on peace and security.',
        'SSR is one of FBA''s core thematic areas. It seconds SSR experts to UN, EU and OSCE missions, runs international training courses on SSR and related topics, and supports partner countries such as Liberia, the Democratic Republic of the Congo, Somalia, Colombia and Ukraine in strengthening the governance and oversight of their security sectors. It also funds and publishes research on SSR and works closely with the UN SSR Unit and DCAF.',
        null);
insert into organisation_name (organisation_id, language, name, acronym) values
    ((select id from organisation where slug = 'folke-bernadotte-academy'), 'en', 'Folke Bernadotte Academy', 'FBA'),
    ((select id from organisation where slug = 'folke-bernadotte-academy'), 'fr', 'Académie Folke Bernadotte', 'FBA'),
    ((select id from organisation where slug = 'folke-bernadotte-academy'), 'es', 'Academia Folke Bernadotte', 'FBA'),
    ((select id from organisation where slug = 'folke-bernadotte-academy'), 'ru', 'Академия Фольке Бернадотта', 'FBA'),
    ((select id from organisation where slug = 'folke-bernadotte-academy'), 'uk', 'Академія Фольке Бернадотта', 'FBA');
insert into organisation_country (organisation_id, country_code) values
    ((select id from organisation where slug = 'folke-bernadotte-academy'), 'CO'),
    ((select id from organisation where slug = 'folke-bernadotte-academy'), 'CD'),
    ((select id from organisation where slug = 'folke-bernadotte-academy'), 'LR'),
    ((select id from organisation where slug = 'folke-bernadotte-academy'), 'SO'),
    ((select id from organisation where slug = 'folke-bernadotte-academy'), 'UA');
insert into organisation_ssr_role (organisation_id, role) values
    ((select id from organisation where slug = 'folke-bernadotte-academy'), 'TRAINING'),
    ((select id from organisation where slug = 'folke-bernadotte-academy'), 'TECHNICAL_ASSISTANCE'),
    ((select id from organisation where slug = 'folke-bernadotte-academy'), 'RESEARCH'),
    ((select id from organisation where slug = 'folke-bernadotte-academy'), 'FUNDING');

-- ================================================================================================
-- Other regional organisations and training centres
-- ================================================================================================

-- African Union
insert into organisation (slug, type, subtype, iati_identifier, headquarters_country, website,
                          mandate, ssr_summary, parent_id)
values ('african-union', 'REGIONAL_ORGANISATION', null, null, 'ET',
        'https://au.int',
        'Continental organisation of the 55 African states, established in 2002 as successor to the Organisation of African Unity and headquartered in Addis Ababa. It promotes unity, peace and security, democratic governance and integration in Africa, and its Peace and Security Council is the standing body for preventing, managing and resolving conflicts.',
        'The AU adopted a continental Policy Framework on SSR in 2013 that sets African principles for reform, among them national ownership, democratic oversight and gender responsiveness. Its Commission supports member states emerging from conflict or political transition with SSR assessments, advisers and strategy development, often together with the UN and the EU, and AU peace support operations such as those in Somalia carry security sector tasks.',
        null);
insert into organisation_name (organisation_id, language, name, acronym) values
    ((select id from organisation where slug = 'african-union'), 'en', 'African Union', 'AU'),
    ((select id from organisation where slug = 'african-union'), 'fr', 'Union africaine', 'UA'),
    ((select id from organisation where slug = 'african-union'), 'es', 'Unión Africana', 'UA'),
    ((select id from organisation where slug = 'african-union'), 'ru', 'Африканский союз', 'АС'),
    ((select id from organisation where slug = 'african-union'), 'ar', 'الاتحاد الأفريقي', null),
    ((select id from organisation where slug = 'african-union'), 'uk', 'Африканський союз', 'АС');
insert into organisation_country (organisation_id, country_code) values
    ((select id from organisation where slug = 'african-union'), 'ET'),
    ((select id from organisation where slug = 'african-union'), 'SO'),
    ((select id from organisation where slug = 'african-union'), 'CF'),
    ((select id from organisation where slug = 'african-union'), 'GM'),
    ((select id from organisation where slug = 'african-union'), 'GW'),
    ((select id from organisation where slug = 'african-union'), 'SS');
insert into organisation_ssr_role (organisation_id, role) values
    ((select id from organisation where slug = 'african-union'), 'NORM_SETTING'),
    ((select id from organisation where slug = 'african-union'), 'COORDINATION'),
    ((select id from organisation where slug = 'african-union'), 'TECHNICAL_ASSISTANCE');

-- Economic Community of West African States
insert into organisation (slug, type, subtype, iati_identifier, headquarters_country, website,
                          mandate, ssr_summary, parent_id)
values ('ecowas', 'REGIONAL_ORGANISATION', null, null, 'NG',
        'https://www.ecowas.int',
        'Regional economic community of West African states, founded by the Treaty of Lagos in 1975 and headquartered in Abuja. Besides economic integration it has a strong peace and security mandate, including a 1999 mechanism for conflict prevention, management and resolution, a standby force and a protocol on democracy and good governance.',
        'ECOWAS adopted a regional Policy Framework for Security Sector Reform and Governance in 2016, building on its protocol provisions on the apolitical role of armed forces and their subordination to civilian authority. It has backed SSR processes in member states such as Guinea-Bissau, The Gambia and Liberia, including through missions such as ECOMIB and ECOMIG, and it relies on regional centres of excellence for training security personnel.',
        null);
insert into organisation_name (organisation_id, language, name, acronym) values
    ((select id from organisation where slug = 'ecowas'), 'en', 'Economic Community of West African States', 'ECOWAS'),
    ((select id from organisation where slug = 'ecowas'), 'fr', 'Communauté économique des États de l''Afrique de l''Ouest', 'CEDEAO'),
    ((select id from organisation where slug = 'ecowas'), 'es', 'Comunidad Económica de los Estados de África Occidental', 'CEDEAO'),
    ((select id from organisation where slug = 'ecowas'), 'ru', 'Экономическое сообщество западноафриканских государств', 'ЭКОВАС'),
    ((select id from organisation where slug = 'ecowas'), 'ar', 'الجماعة الاقتصادية لدول غرب أفريقيا', 'إيكواس'),
    ((select id from organisation where slug = 'ecowas'), 'uk', 'Економічне співтовариство країн Західної Африки', 'ЕКОВАС');
insert into organisation_country (organisation_id, country_code) values
    ((select id from organisation where slug = 'ecowas'), 'NG'),
    ((select id from organisation where slug = 'ecowas'), 'GM'),
    ((select id from organisation where slug = 'ecowas'), 'GW'),
    ((select id from organisation where slug = 'ecowas'), 'LR'),
    ((select id from organisation where slug = 'ecowas'), 'SL'),
    ((select id from organisation where slug = 'ecowas'), 'GH');
insert into organisation_ssr_role (organisation_id, role) values
    ((select id from organisation where slug = 'ecowas'), 'NORM_SETTING'),
    ((select id from organisation where slug = 'ecowas'), 'COORDINATION'),
    ((select id from organisation where slug = 'ecowas'), 'TECHNICAL_ASSISTANCE');

-- Kofi Annan International Peacekeeping Training Centre
insert into organisation (slug, type, subtype, iati_identifier, headquarters_country, website,
                          mandate, ssr_summary, parent_id)
values ('kaiptc', 'ACADEMIC_TRAINING_CENTRE', null, null, 'GH',
        'https://www.kaiptc.org',
        'International training and research centre in Accra, opened in 2004 and named after former UN Secretary-General Kofi Annan. Recognised by ECOWAS as one of its centres of excellence, it offers courses, academic programmes and policy dialogue on peace support operations, conflict prevention and peacebuilding to military, police and civilian participants.',
        'KAIPTC trains African security and civilian professionals in subjects central to SSR, such as police and military roles in peace operations, security sector governance, gender and security, and small arms control. Its research and graduate programmes, run with Ghanaian universities, study security governance in West Africa and feed into ECOWAS and AU policy.',
        null);
insert into organisation_name (organisation_id, language, name, acronym) values
    ((select id from organisation where slug = 'kaiptc'), 'en', 'Kofi Annan International Peacekeeping Training Centre', 'KAIPTC'),
    ((select id from organisation where slug = 'kaiptc'), 'fr', 'Centre international Kofi Annan de formation au maintien de la paix', 'KAIPTC');
insert into organisation_country (organisation_id, country_code) values
    ((select id from organisation where slug = 'kaiptc'), 'GH'),
    ((select id from organisation where slug = 'kaiptc'), 'NG'),
    ((select id from organisation where slug = 'kaiptc'), 'SL'),
    ((select id from organisation where slug = 'kaiptc'), 'LR');
insert into organisation_ssr_role (organisation_id, role) values
    ((select id from organisation where slug = 'kaiptc'), 'TRAINING'),
    ((select id from organisation where slug = 'kaiptc'), 'RESEARCH');

-- ================================================================================================
-- Civil society
-- ================================================================================================

-- Saferworld
insert into organisation (slug, type, subtype, iati_identifier, headquarters_country, website,
                          mandate, ssr_summary, parent_id)
values ('saferworld', 'CIVIL_SOCIETY', null, 'GB-CHC-1043843', 'GB',
        'https://www.saferworld-global.org',
        'Independent international organisation founded in the United Kingdom in 1989 that works to prevent violent conflict and help people in conflict-affected places live safer lives. It combines programmes with local partners, research and advocacy towards governments and multilateral bodies.',
        'Saferworld is known for community security approaches that bring residents, local authorities and police together to identify and solve security problems, which it has applied in countries including Kenya, South Sudan, Somalia and Kyrgyzstan. It advocates for people-centred and accountable security provision in donor SSR and counter-terrorism policy and has long worked on controls of arms transfers.',
        null);
insert into organisation_name (organisation_id, language, name, acronym) values
    ((select id from organisation where slug = 'saferworld'), 'en', 'Saferworld', null),
    ((select id from organisation where slug = 'saferworld'), 'fr', 'Saferworld', null);
insert into organisation_country (organisation_id, country_code) values
    ((select id from organisation where slug = 'saferworld'), 'KE'),
    ((select id from organisation where slug = 'saferworld'), 'SO'),
    ((select id from organisation where slug = 'saferworld'), 'SS'),
    ((select id from organisation where slug = 'saferworld'), 'SD'),
    ((select id from organisation where slug = 'saferworld'), 'YE'),
    ((select id from organisation where slug = 'saferworld'), 'KG');
insert into organisation_ssr_role (organisation_id, role) values
    ((select id from organisation where slug = 'saferworld'), 'RESEARCH'),
    ((select id from organisation where slug = 'saferworld'), 'TECHNICAL_ASSISTANCE');

-- ================================================================================================
-- Bilateral actors
-- ================================================================================================

-- Foreign, Commonwealth & Development Office
insert into organisation (slug, type, subtype, iati_identifier, headquarters_country, website,
                          mandate, ssr_summary, parent_id)
values ('uk-fcdo', 'BILATERAL_DONOR', null, 'GB-GOV-1', 'GB',
        'https://www.gov.uk/government/organisations/foreign-commonwealth-development-office',
        'UK government department formed in 2020 by merging the Foreign and Commonwealth Office and the Department for International Development. It runs the UK''s diplomatic network and most of its official development assistance, and leads government work on conflict and security overseas.',
        'The UK was an early champion of SSR as a development policy issue around the turn of the century. Today the FCDO leads much of the UK''s SSR-related spending, notably through the cross-government Integrated Security Fund, which succeeded the Conflict, Stability and Security Fund in 2024, supporting police, justice, defence governance and stabilisation programmes, and it funds multilateral and specialist partners in the field.',
        null);
insert into organisation_name (organisation_id, language, name, acronym) values
    ((select id from organisation where slug = 'uk-fcdo'), 'en', 'Foreign, Commonwealth & Development Office', 'FCDO'),
    ((select id from organisation where slug = 'uk-fcdo'), 'fr', 'Ministère des Affaires étrangères, du Commonwealth et du Développement', 'FCDO');
insert into organisation_country (organisation_id, country_code) values
    ((select id from organisation where slug = 'uk-fcdo'), 'UA'),
    ((select id from organisation where slug = 'uk-fcdo'), 'SO'),
    ((select id from organisation where slug = 'uk-fcdo'), 'NG'),
    ((select id from organisation where slug = 'uk-fcdo'), 'SL'),
    ((select id from organisation where slug = 'uk-fcdo'), 'LB'),
    ((select id from organisation where slug = 'uk-fcdo'), 'KE');
insert into organisation_ssr_role (organisation_id, role) values
    ((select id from organisation where slug = 'uk-fcdo'), 'FUNDING'),
    ((select id from organisation where slug = 'uk-fcdo'), 'TECHNICAL_ASSISTANCE');

-- Deutsche Gesellschaft für Internationale Zusammenarbeit
insert into organisation (slug, type, subtype, iati_identifier, headquarters_country, website,
                          mandate, ssr_summary, parent_id)
values ('giz', 'BILATERAL_DONOR', null, 'XM-DAC-5-52', 'DE',
        'https://www.giz.de',
        'Germany''s federally owned enterprise for international cooperation, with headquarters in Bonn and Eschborn. It implements technical cooperation mainly on behalf of the Federal Ministry for Economic Cooperation and Development, and also works for other federal ministries, the EU and other public clients.',
        'GIZ carries out many German-funded projects in the security field, in particular police programmes commissioned by the Federal Foreign Office, such as support to police services across Africa, as well as projects on border management, small arms control and justice reform. Its projects typically combine advice to ministries and security agencies with training, infrastructure and equipment, and it also implements EU-funded security and justice programmes.',
        null);
insert into organisation_name (organisation_id, language, name, acronym) values
    ((select id from organisation where slug = 'giz'), 'en', 'Deutsche Gesellschaft für Internationale Zusammenarbeit', 'GIZ'),
    ((select id from organisation where slug = 'giz'), 'fr', 'Agence allemande de coopération internationale', 'GIZ'),
    ((select id from organisation where slug = 'giz'), 'uk', 'Німецьке товариство міжнародного співробітництва', 'GIZ');
insert into organisation_country (organisation_id, country_code) values
    ((select id from organisation where slug = 'giz'), 'UA'),
    ((select id from organisation where slug = 'giz'), 'NG'),
    ((select id from organisation where slug = 'giz'), 'TN'),
    ((select id from organisation where slug = 'giz'), 'KE'),
    ((select id from organisation where slug = 'giz'), 'GH');
insert into organisation_ssr_role (organisation_id, role) values
    ((select id from organisation where slug = 'giz'), 'TECHNICAL_ASSISTANCE'),
    ((select id from organisation where slug = 'giz'), 'TRAINING');

-- United States Department of State
insert into organisation (slug, type, subtype, iati_identifier, headquarters_country, website,
                          mandate, ssr_summary, parent_id)
values ('us-department-of-state', 'BILATERAL_DONOR', null, 'US-GOV-11', 'US',
        'https://www.state.gov',
        'Federal executive department that leads United States foreign policy and diplomacy under the Secretary of State. It runs the US network of embassies and consulates and manages a large share of US foreign assistance, including security assistance.',
        'The State Department funds and oversees much of US security sector assistance: its Bureau of International Narcotics and Law Enforcement Affairs supports police, justice and corrections reform, and its Bureau of Political-Military Affairs manages foreign military financing and peacekeeping capacity programmes. This assistance is subject to the Leahy laws, which bar support to foreign security force units credibly implicated in gross violations of human rights.',
        null);
insert into organisation_name (organisation_id, language, name, acronym) values
    ((select id from organisation where slug = 'us-department-of-state'), 'en', 'United States Department of State', null),
    ((select id from organisation where slug = 'us-department-of-state'), 'fr', 'Département d''État des États-Unis', null),
    ((select id from organisation where slug = 'us-department-of-state'), 'es', 'Departamento de Estado de los Estados Unidos', null),
    ((select id from organisation where slug = 'us-department-of-state'), 'ru', 'Государственный департамент США', null),
    ((select id from organisation where slug = 'us-department-of-state'), 'ar', 'وزارة الخارجية الأمريكية', null),
    ((select id from organisation where slug = 'us-department-of-state'), 'uk', 'Державний департамент США', null);
insert into organisation_country (organisation_id, country_code) values
    ((select id from organisation where slug = 'us-department-of-state'), 'UA'),
    ((select id from organisation where slug = 'us-department-of-state'), 'CO'),
    ((select id from organisation where slug = 'us-department-of-state'), 'MX'),
    ((select id from organisation where slug = 'us-department-of-state'), 'JO'),
    ((select id from organisation where slug = 'us-department-of-state'), 'IQ'),
    ((select id from organisation where slug = 'us-department-of-state'), 'HT');
insert into organisation_ssr_role (organisation_id, role) values
    ((select id from organisation where slug = 'us-department-of-state'), 'FUNDING'),
    ((select id from organisation where slug = 'us-department-of-state'), 'TECHNICAL_ASSISTANCE');

-- Bureau of International Narcotics and Law Enforcement Affairs
insert into organisation (slug, type, subtype, iati_identifier, headquarters_country, website,
                          mandate, ssr_summary, parent_id)
values ('us-inl', 'BILATERAL_DONOR', null, null, 'US',
        'https://www.state.gov/bureau-of-international-narcotics-and-law-enforcement-affairs',
        'Bureau of the US Department of State that works to counter international crime and illicit drugs and to strengthen criminal justice systems abroad. It manages foreign assistance for law enforcement, justice and corrections, largely through sections in US embassies, and advises on related policy.',
        'INL is one of the largest bilateral funders of police, justice and corrections reform, with programmes on police professionalisation and training, prosecutorial capacity, prison management and anti-corruption. It also funds the training and equipping of police from countries that contribute to peace operations. Major programmes have run in Mexico, Colombia, Central America, Haiti and Ukraine.',
        (select id from organisation where slug = 'us-department-of-state'));
insert into organisation_name (organisation_id, language, name, acronym) values
    ((select id from organisation where slug = 'us-inl'), 'en', 'Bureau of International Narcotics and Law Enforcement Affairs', 'INL'),
    ((select id from organisation where slug = 'us-inl'), 'fr', 'Bureau des affaires internationales de lutte contre les stupéfiants et d''application de la loi', 'INL'),
    ((select id from organisation where slug = 'us-inl'), 'es', 'Oficina de Asuntos Internacionales de Narcóticos y Aplicación de la Ley', 'INL');
insert into organisation_country (organisation_id, country_code) values
    ((select id from organisation where slug = 'us-inl'), 'MX'),
    ((select id from organisation where slug = 'us-inl'), 'CO'),
    ((select id from organisation where slug = 'us-inl'), 'GT'),
    ((select id from organisation where slug = 'us-inl'), 'HN'),
    ((select id from organisation where slug = 'us-inl'), 'HT'),
    ((select id from organisation where slug = 'us-inl'), 'UA');
insert into organisation_ssr_role (organisation_id, role) values
    ((select id from organisation where slug = 'us-inl'), 'FUNDING'),
    ((select id from organisation where slug = 'us-inl'), 'TRAINING'),
    ((select id from organisation where slug = 'us-inl'), 'TECHNICAL_ASSISTANCE');

-- Swedish International Development Cooperation Agency
insert into organisation (slug, type, subtype, iati_identifier, headquarters_country, website,
                          mandate, ssr_summary, parent_id)
values ('sida', 'BILATERAL_DONOR', null, 'SE-0', 'SE',
        'https://www.sida.se',
        'Swedish government agency (Styrelsen för internationellt utvecklingssamarbete) under the Ministry for Foreign Affairs that carries out most of Sweden''s bilateral development cooperation and humanitarian aid. It allocates funds to partner organisations, governments and multilateral bodies in line with government strategies for countries, regions and themes.',
        'Sida supports SSR mostly within its democratic governance, human rights and peacebuilding portfolios: it finances parliamentary and civil society oversight of security actors, justice reform, gender-responsive security and human rights work, and it contributes to pooled funds and multilateral partners active in security sector governance. It often works in tandem with the Folke Bernadotte Academy, which supplies Swedish SSR expertise.',
        null);
insert into organisation_name (organisation_id, language, name, acronym) values
    ((select id from organisation where slug = 'sida'), 'en', 'Swedish International Development Cooperation Agency', 'Sida'),
    ((select id from organisation where slug = 'sida'), 'fr', 'Agence suédoise de coopération internationale au développement', 'Asdi'),
    ((select id from organisation where slug = 'sida'), 'es', 'Agencia Sueca de Cooperación Internacional para el Desarrollo', 'Asdi');
insert into organisation_country (organisation_id, country_code) values
    ((select id from organisation where slug = 'sida'), 'UA'),
    ((select id from organisation where slug = 'sida'), 'SO'),
    ((select id from organisation where slug = 'sida'), 'CD'),
    ((select id from organisation where slug = 'sida'), 'LR'),
    ((select id from organisation where slug = 'sida'), 'CO');
insert into organisation_ssr_role (organisation_id, role) values
    ((select id from organisation where slug = 'sida'), 'FUNDING');
