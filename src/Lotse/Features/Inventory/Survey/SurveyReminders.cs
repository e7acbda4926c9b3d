using Lotse.Data;
using Lotse.Features.Accounts;
using Lotse.Features.Editorial.Freshness;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Features.Inventory.Survey;

/// <summary>Queues a reminder mail to the Redaktion Kommune accounts of every municipality that has not submitted.</summary>
public sealed class SurveyReminders(LotseDbContext db, UserManager<LotseUser> users, IConfiguration configuration)
{
    /// <summary>Returns the number of mails queued; the caller saves.</summary>
    public async Task<int> QueueAsync(SurveyRound round, DateTime now, CancellationToken cancellationToken)
    {
        var baseUrl = ReminderQueue.PublicBaseUrl(configuration);
        var editorIds = (await users.GetUsersInRoleAsync(Roles.MunicipalityEditor)).Select(u => u.Id).ToList();
        var addresses = await db.UserMunicipalities
            .Where(s => editorIds.Contains(s.UserId))
            .Join(db.Users, s => s.UserId, u => u.Id, (s, u) => new { s.MunicipalityId, u.Email })
            .ToListAsync(cancellationToken);
        var open = await db.SurveyResponses.Include(r => r.Municipality)
            .Where(r => r.RoundId == round.Id && r.Status != SurveyResponseStatus.Submitted)
            .ToListAsync(cancellationToken);
        var queued = 0;
        foreach (var response in open)
        {
            var to = addresses.Where(a => a.MunicipalityId == response.MunicipalityId && !string.IsNullOrEmpty(a.Email))
                .Select(a => a.Email!).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            foreach (var address in to)
            {
                db.OutgoingMails.Add(new OutgoingMail
                {
                    Id = Guid.NewGuid(),
                    To = address,
                    Subject = $"Erinnerung: {round.Name} – Bestandsaufnahme Integrationsarbeit ({response.Municipality!.Name})",
                    Body = $"Guten Tag,\n\ndas Kommunale Integrationszentrum bittet Sie, den Fragebogen „{round.Name}“ für {response.Municipality.Name} " +
                           $"bis zum {round.DueOn:dd.MM.yyyy} abzugeben.\n\n{baseUrl}{SurveyPaths.Answer(round.Id, response.MunicipalityId)}\n\n" +
                           "Vielen Dank!\nKommunales Integrationszentrum",
                    CreatedAt = now,
                });
                queued++;
            }
            if (to.Count > 0)
                response.LastRemindedAt = now;
        }
        return queued;
    }
}
