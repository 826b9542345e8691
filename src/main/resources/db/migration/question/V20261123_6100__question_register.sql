create schema question;

-- Questions on consultations and their answers (registre des questions). The asker's identity
-- stays here; only published_question and answer are public.
create table question.question (
    id                 uuid primary key,
    consultation_id    uuid not null,
    asked_at           timestamp with time zone not null,
    asker_account_id   uuid not null,
    asker_name         text not null,
    asker_company      text,
    asker_email        text not null,
    asker_language     text not null,
    text               text not null,
    state              text not null check (state in ('ASKED', 'ANSWERED')),
    published_question text,
    answer             text,
    answered_at        timestamp with time zone,
    answered_by        uuid,
    version            bigint not null default 0,
    check (state = 'ASKED' or (published_question is not null and answer is not null and answered_at is not null))
);
create index question_by_consultation on question.question (consultation_id, asked_at desc);
create index question_by_asker on question.question (asker_account_id, asked_at desc);
