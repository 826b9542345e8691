-- CPV codes as eForms and the DECP schema write them: eight digits, without the legacy check
-- digit (« 45000000-7 » becomes « 45000000 »). The codes themselves are checked against the CPV
-- 2008 vocabulary by the application (cpv module); the database keeps the format honest.
alter table consultation.consultation drop constraint consultation_main_cpv_check;
alter table consultation.additional_cpv drop constraint additional_cpv_code_check;
alter table consultation.lot drop constraint lot_cpv_check;

update consultation.consultation set main_cpv = left(main_cpv, 8) where main_cpv ~ '^[0-9]{8}-[0-9]$';
update consultation.additional_cpv set code = left(code, 8) where code ~ '^[0-9]{8}-[0-9]$';
update consultation.lot set cpv = left(cpv, 8) where cpv ~ '^[0-9]{8}-[0-9]$';

alter table consultation.consultation add constraint consultation_main_cpv_check check (main_cpv ~ '^[0-9]{8}$');
alter table consultation.additional_cpv add constraint additional_cpv_code_check check (code ~ '^[0-9]{8}$');
alter table consultation.lot add constraint lot_cpv_check check (cpv ~ '^[0-9]{8}$');
